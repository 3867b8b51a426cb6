import { z } from 'zod';
import { draftFamily, newDraftId, type StoredDraft } from '../domain/draft-record.ts';
import { LIMITS, boundedText } from '../domain/limits.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { draftOrThrow } from './find-draft.ts';
import { type LintDeps, lint } from './lint.ts';
import { draftVersions } from './show-draft.ts';

export const DraftEdit = z.object({
  text: boundedText('draft', LIMITS.draftChars).refine((text) => text.trim().length > 0, 'the draft is empty: write the proposal text to save'),
});
export type DraftEdit = z.infer<typeof DraftEdit>;

/**
 * Saves edited text as a new version of the kept draft `id`: checked against the same post,
 * citations and answers, numbered one past the draft's newest version, and linked to the one it
 * was edited from. Answers the new version with its findings.
 */
export async function editDraft(id: string, edit: DraftEdit, deps: LintDeps): Promise<StoredDraft> {
  const { text } = parseOrThrow(DraftEdit, edit, 'The edited draft');
  const base = await draftOrThrow(deps.store, id);
  const report = await lint({ text, draftId: id, keep: false }, deps);
  const family = draftFamily(base);
  const newest = Math.max(...(await draftVersions(deps.store, family)).map((version) => version.version), base.version);
  const createdAt = deps.clock.now().toISOString();
  const draft: StoredDraft = {
    ...base,
    id: newDraftId(createdAt, text),
    text,
    createdAt,
    findings: report.findings,
    // A person wrote this version: no engine ran and nothing was spent.
    engine: null,
    model: null,
    usage: null,
    kind: 'edited',
    version: newest + 1,
    editedFrom: base.id,
    rootId: family,
  };
  await deps.store.saveDraft(draft);
  return draft;
}
