import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { draftFamily, StoredDraft } from '../domain/draft-record.ts';
import type { Store } from '../domain/ports.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { countWords } from '../text/text.ts';

export const ExportFormat = z.enum(['csv', 'json'], { error: 'the format must be "csv" or "json"' });
export type ExportFormat = z.infer<typeof ExportFormat>;

export const DraftExportRequest = z.object({
  format: ExportFormat,
  search: z.string().max(200).optional(),
  since: z.string().max(40).optional(),
  until: z.string().max(40).optional(),
});
export type DraftExportRequest = z.infer<typeof DraftExportRequest>;

/** The JSON export: every kept draft, newest first, as the store keeps it. */
export const DraftExport = z.array(StoredDraft);

export interface ExportedDrafts {
  format: ExportFormat;
  /** The file's text: CSV with a header row, or a JSON array. */
  body: string;
  count: number;
}

// A spreadsheet reads one row per draft; the whole record is in the JSON export.
const COLUMNS = {
  id: (draft: StoredDraft) => draft.id,
  created_at: (draft: StoredDraft) => draft.createdAt,
  kind: (draft: StoredDraft) => draft.kind,
  version: (draft: StoredDraft) => draft.version,
  family: draftFamily,
  edited_from: (draft: StoredDraft) => draft.editedFrom ?? '',
  post_title: (draft: StoredDraft) => draft.postTitle ?? '',
  deliverable: (draft: StoredDraft) => draft.deliverable ?? '',
  engine: (draft: StoredDraft) => draft.engine ?? '',
  model: (draft: StoredDraft) => draft.model ?? '',
  tone: (draft: StoredDraft) => draft.tone ?? '',
  length: (draft: StoredDraft) => draft.length ?? '',
  variant: (draft: StoredDraft) => draft.variant ?? '',
  words: (draft: StoredDraft) => countWords(draft.text),
  errors: (draft: StoredDraft) => (draft.findings ?? []).filter((finding) => finding.severity === 'error').length,
  warnings: (draft: StoredDraft) => (draft.findings ?? []).filter((finding) => finding.severity === 'warn').length,
  findings: (draft: StoredDraft) => (draft.findings ?? []).map((finding) => `${finding.ruleId} ${finding.severity}`).join('; '),
  citations: (draft: StoredDraft) => draft.citations.join('; '),
  input_tokens: (draft: StoredDraft) => draft.usage?.inputTokens ?? '',
  output_tokens: (draft: StoredDraft) => draft.usage?.outputTokens ?? '',
  cost_usd: (draft: StoredDraft) => draft.usage?.costUsd ?? '',
  text: (draft: StoredDraft) => draft.text,
} satisfies Record<string, (draft: StoredDraft) => string | number>;

/** Every kept draft in the range (and matching the search), newest first, read a store page at a time. */
async function allDrafts(store: Store, query: Omit<DraftExportRequest, 'format'>): Promise<StoredDraft[]> {
  const drafts: StoredDraft[] = [];
  let after: string | undefined;
  do {
    const page = await store.listDrafts({ ...query, limit: 1000, ...(after === undefined ? {} : { after }) });
    drafts.push(...page.items);
    after = page.next ?? undefined;
  } while (after !== undefined);
  return drafts;
}

/**
 * The draft history as a file: CSV (one row per draft; cells a spreadsheet would run as a formula
 * are prefixed so they read as text) or JSON (the records themselves).
 */
export async function exportDrafts(request: DraftExportRequest, store: Store): Promise<ExportedDrafts> {
  const { format, ...query } = parseOrThrow(DraftExportRequest, request, 'The export request');
  const drafts = await allDrafts(store, query);
  if (format === 'json') return { format, body: `${JSON.stringify(drafts, null, 2)}\n`, count: drafts.length };
  const rows = drafts.map((draft) => Object.values(COLUMNS).map((column) => column(draft)));
  const body = stringify(rows, { header: true, columns: Object.keys(COLUMNS), escape_formulas: true, record_delimiter: 'windows' });
  return { format, body, count: drafts.length };
}
