/**
 * The shape of everything a store keeps: one document, validated whenever it is read from disk and
 * before it is written.
 */
import { z } from 'zod';
import type { StoredDraft as StoredDraftShape } from '../domain/ports.ts';
import { Profile, ProofItem } from '../domain/schemas.ts';

/** Only the newest drafts are kept: the file store rewrites the whole document on every write. */
export const MAX_DRAFTS = 200;

/** A saved draft, kept for the reuse check (rubric P21). */
export const StoredDraftRecord = z.object({
  id: z.string().min(1).max(200),
  text: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  postTitle: z.string().nullable(),
  // Files written before drafts carried a post key read as drafts of an unknown post.
  postKey: z.string().max(200).nullable().default(null),
});
export type StoredDraftRecord = z.infer<typeof StoredDraftRecord>;

const ProofList = z.array(ProofItem).superRefine((items, ctx) => {
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

export const StoreData = z.object({
  version: z.literal(1),
  profile: Profile,
  proof: ProofList,
  drafts: z.array(StoredDraftRecord),
});
export type StoreData = z.infer<typeof StoreData>;

/** A fresh, empty document (a new object on every call). */
export function defaultStoreData(): StoreData {
  return { version: 1, profile: Profile.parse({}), proof: [], drafts: [] };
}

// Compile-time check that the record schema stays assignable to the Store contract's draft type.
const draftFitsContract = (draft: StoredDraftRecord): StoredDraftShape => draft;
void draftFitsContract;
