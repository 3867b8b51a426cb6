/**
 * The shapes a store keeps: the library document (profile and proof, small and edited by hand)
 * and the draft records that grow beside it.
 */
import { z } from 'zod';
import type { StoredDraft as StoredDraftShape } from '../domain/ports.ts';
import { Finding, Profile, ProofItem } from '../domain/schemas.ts';

/** A saved draft, kept for the reuse check (rubric P21). */
export const StoredDraftRecord = z.object({
  id: z.string().min(1).max(200),
  text: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  postTitle: z.string().nullable(),
  // Files written before drafts carried a post key read as drafts of an unknown post.
  postKey: z.string().max(200).nullable().default(null),
  findings: z.array(Finding).nullable().default(null),
});
export type StoredDraftRecord = z.infer<typeof StoredDraftRecord>;

// Loose: fields a person added by hand (a phone number, private notes) are kept, not dropped.
const StoredProfile = Profile.loose();
const StoredProofItem = ProofItem.loose();

const ProofList = z.array(StoredProofItem).superRefine((items, ctx) => {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [index, 'id'],
      message: `duplicate proof id "${item.id}" (also at proof.${first}.id); ids must be unique`,
    });
  });
});

/** The library document, `bidwright.json`; unknown top-level fields are kept too. */
export const LibraryDoc = z.looseObject({
  version: z.literal(1),
  profile: StoredProfile,
  proof: ProofList,
  // Files from before the draft log kept the newest drafts here; they are read, never written again.
  drafts: z.array(StoredDraftRecord).optional(),
});
export type LibraryDoc = z.infer<typeof LibraryDoc>;

/** A fresh, empty document (a new object on every call). */
export function defaultLibraryDoc(): LibraryDoc {
  return { version: 1, profile: Profile.parse({}), proof: [] };
}

// Compile-time check that the record schema stays assignable to the Store contract's draft type.
const draftFitsContract = (draft: StoredDraftRecord): StoredDraftShape => draft;
void draftFitsContract;
