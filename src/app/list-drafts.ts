import { z } from 'zod';
import { draftFamily, DraftKind, type StoredDraft } from '../domain/draft-record.ts';
import type { Store } from '../domain/ports.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { clip, countWords } from '../text/text.ts';

/** What a list of kept drafts asks for; each field is optional and checked with a message that says how to fix it. */
export const DraftListRequest = z.object({
  search: z.string().max(200, 'the search is over 200 characters: search for a few words').optional(),
  since: z.string().max(40).optional(),
  until: z.string().max(40).optional(),
  limit: z.int('the page size must be a whole number').min(1, 'the page size must be at least 1').max(100, 'the page size must be at most 100').optional(),
  after: z.string().max(200).optional(),
});
export type DraftListRequest = z.infer<typeof DraftListRequest>;

/** One line of the history: enough to find a draft, not its whole text. */
export const DraftSummary = z.object({
  id: z.string(),
  createdAt: z.string(),
  kind: DraftKind,
  version: z.int(),
  /** The first version's id, shared by all versions of the draft. */
  family: z.string(),
  postTitle: z.string().nullable(),
  deliverable: z.string().nullable(),
  engine: z.string().nullable(),
  words: z.int(),
  errors: z.int(),
  warnings: z.int(),
  /** The draft's opening, as the client first sees it. */
  opening: z.string(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const DraftPage = z.object({ items: z.array(DraftSummary), next: z.string().nullable() });
export type DraftPage = z.infer<typeof DraftPage>;

/** The page size when none is asked for. */
export const DEFAULT_PAGE = 20;

/** A draft's line in the history. */
export function summarise(draft: StoredDraft): DraftSummary {
  const errors = (draft.findings ?? []).filter((finding) => finding.severity === 'error').length;
  return {
    id: draft.id,
    createdAt: draft.createdAt,
    kind: draft.kind,
    version: draft.version,
    family: draftFamily(draft),
    postTitle: draft.postTitle,
    deliverable: draft.deliverable,
    engine: draft.engine,
    words: countWords(draft.text),
    errors,
    warnings: (draft.findings ?? []).length - errors,
    opening: clip(draft.text, 160),
  };
}

/** Kept drafts, newest first, a page at a time, narrowed by words and a time range. */
export async function listDrafts(request: DraftListRequest, store: Store): Promise<DraftPage> {
  const { limit, search, ...range } = parseOrThrow(DraftListRequest, request, 'The draft list request');
  const page = await store.listDrafts({ ...range, ...(search === undefined ? {} : { search }), limit: limit ?? DEFAULT_PAGE });
  return { items: page.items.map(summarise), next: page.next };
}
