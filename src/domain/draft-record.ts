/**
 * A kept draft: what the history lists, opens, edits and exports. Records written by older
 * versions (only id, text, time, post title and key) still read: every later field has a default.
 */
import { z } from 'zod';
import { postKey, squashSpace } from './post-key.ts';
import { AcceptedInstructions, Finding, Length, ScreeningAnswer, Tone, Usage, Variant } from './schemas.ts';

/** How the draft came to be: generated, checked by `lint`, or edited from an earlier draft. */
export const DraftKind = z.enum(['proposal', 'lint', 'edited']);
export type DraftKind = z.infer<typeof DraftKind>;

/** A kept draft's id (older files wrote other forms than today's 16 hex digits). */
export const DraftId = z.string().min(1).max(200);

export const StoredDraft = z.object({
  id: DraftId,
  text: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  postTitle: z.string().nullable(),
  // Files written before drafts carried a post key read as drafts of an unknown post.
  /** Identifies the post the draft answers (see postKey), so redrafts of one post are not "reuse". */
  postKey: z.string().max(200).nullable().default(null),
  /** The post's main deliverable in words, when the post named one. */
  deliverable: z.string().nullable().default(null),
  /** The job post's text, so an edited version is checked against the same post. */
  jobPost: z.string().nullable().default(null),
  citations: z.array(z.string()).default([]),
  screeningAnswers: z.array(ScreeningAnswer).default([]),
  acceptedInstructions: AcceptedInstructions.default([]),
  /** The rubric's findings on this text when it was kept; null for records kept before findings were. */
  findings: z.array(Finding).nullable().default(null),
  engine: z.string().nullable().default(null),
  model: z.string().nullable().default(null),
  usage: Usage.nullable().default(null),
  tone: Tone.nullable().default(null),
  length: Length.nullable().default(null),
  variant: Variant.nullable().default(null),
  kind: DraftKind.default('proposal'),
  /** 1 for a first draft; an edit is one more than the newest version of its draft. */
  version: z.int().min(1).default(1),
  /** The draft this one was edited from (null for a first draft). */
  editedFrom: DraftId.nullable().default(null),
  /** The first version's id, shared by all versions of one draft (null on the first version). */
  rootId: DraftId.nullable().default(null),
});
export type StoredDraft = z.infer<typeof StoredDraft>;
/** A draft as given to a store: fields left out take their defaults. */
export type NewDraft = z.input<typeof StoredDraft>;

/** The id every version of `draft` shares: its first version's. */
export function draftFamily(draft: Pick<StoredDraft, 'id' | 'rootId'>): string {
  return draft.rootId ?? draft.id;
}

/** True when two drafts' texts differ at most in spacing and line endings (a browser form sends CRLF). */
export function sameDraftText(a: string, b: string): boolean {
  return squashSpace(a) === squashSpace(b);
}

/** A new draft's id, from when it was kept and its text (two saves of one text at one time are one draft). */
export function newDraftId(createdAt: string, text: string): string {
  return postKey(`${createdAt}\n${text}`);
}
