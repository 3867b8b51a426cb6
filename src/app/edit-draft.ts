import { z } from 'zod';
import type { StoredDraft } from '../domain/draft-record.ts';
import { boundedText } from '../domain/bounded-text.ts';
import { LIMITS } from '../domain/limits.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { draftOrThrow } from './find-draft.ts';
import { type LintDeps, lint } from './lint.ts';

export const DraftEdit = z.object({
  text: boundedText('draft', LIMITS.draftChars).refine((text) => text.trim().length > 0, 'the draft is empty: write the proposal text to save'),
});
export type DraftEdit = z.infer<typeof DraftEdit>;

/**
 * Saves edited text as a new version of the kept draft `id`: checked against the same post,
 * citations and answers, numbered one past the draft's newest version, and linked to the one it
 * was edited from. Answers the new version with its findings (or the kept draft that already has
 * this very text).
 */
export async function editDraft(id: string, edit: DraftEdit, deps: LintDeps): Promise<StoredDraft> {
  const { text } = parseOrThrow(DraftEdit, edit, 'The edited draft');
  const { draftId } = await lint({ text, draftId: id }, deps);
  return draftOrThrow(deps.store, draftId ?? id);
}
