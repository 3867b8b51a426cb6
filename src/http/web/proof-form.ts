/** Reading the proof pages' forms: the add/edit fields as a proof item, the import's JSON, and list notices. */
import { BidwrightError, isBidwrightError } from '../../domain/errors.ts';
import { plainIssue } from '../../domain/plain-issue.ts';
import { ProofItem, type Metric } from '../../domain/schemas.ts';
import { fieldError } from './failure.ts';
import { parseMetricLines, splitList, type FormPost, type FormValues } from './form.ts';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** Metric lines as metrics, or the issue that stops them, so the schema's issues can join it. */
function metricsFrom(text: string | undefined): { metrics: Metric[]; issues: Issue[] } {
  try {
    return { metrics: parseMetricLines(text), issues: [] };
  } catch (error) {
    if (!isBidwrightError(error) || !Array.isArray(error.details)) throw error;
    return { metrics: [], issues: error.details as Issue[] };
  }
}

/** The form's fields as a proof item, checked by the same schema the store uses; every problem is reported at once. */
export function itemFrom(values: FormValues, id: string): ProofItem {
  const link = (values.link ?? '').trim();
  const { metrics, issues } = metricsFrom(values.metrics);
  const result = ProofItem.safeParse({
    id: id.trim(),
    kind: values.kind ?? 'case_study',
    title: (values.title ?? '').trim(),
    clientType: (values.clientType ?? '').trim(),
    problem: (values.problem ?? '').trim(),
    approach: (values.approach ?? '').trim(),
    result: (values.result ?? '').trim(),
    metrics,
    skills: splitList(values.skills),
    link: link === '' ? null : link,
    public: values.public === 'on',
  });
  if (result.success && issues.length === 0) return result.data;
  const all: Issue[] = [...issues, ...(result.success ? [] : result.error.issues)];
  const plain = all.map((issue) => ({ ...issue, message: plainIssue(issue, 'The proof item') }));
  const more = plain.length > 3 ? ` And ${plain.length - 3} more.` : '';
  const summary = plain
    .slice(0, 3)
    .map((issue) => issue.message)
    .join(' ');
  throw new BidwrightError('INVALID_INPUT', summary + more, { details: plain });
}

/** The import's JSON, from the uploaded file when one was chosen, else from the text area. */
export async function importedJson({ values, files }: FormPost): Promise<unknown> {
  const file = files.file;
  const fromFile = file !== undefined && file.size > 0;
  const text = fromFile ? await file.text() : (values.json ?? '');
  const field = fromFile ? 'file' : 'json';
  if (text.trim() === '') throw fieldError('json', 'Paste a JSON array of proof items, or choose a .json file.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fieldError(field, `That is not valid JSON: ${(error as Error).message}. Check for a missing comma or quote.`);
  }
}

/** The notice for the list page after a change, from the redirect's query. */
export function listMessage(query: Record<string, string>): string | undefined {
  if (query.added) return `Added "${query.added}" to your library.`;
  if (query.saved) return `Saved the changes to "${query.saved}".`;
  if (query.removed) return `Deleted "${query.removed}".`;
  if (query.imported) {
    const [added = '0', updated = '0'] = query.imported.split('-');
    return `Imported: ${added} added, ${updated} updated.`;
  }
  if (query.example !== undefined) {
    const [profile, count = '0'] = query.example.startsWith('profile-') ? [true, query.example.slice(8)] : [false, query.example];
    const what = [profile ? 'the example profile' : '', count !== '0' ? `${count} example proof items` : ''].filter(Boolean).join(' and ');
    return what === ''
      ? 'Nothing was loaded: your profile and library already hold your own.'
      : `Loaded ${what}. Replace them with your own before you send a draft.`;
  }
  return undefined;
}
