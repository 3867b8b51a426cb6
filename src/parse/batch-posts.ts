/**
 * Many job posts in one text, for the shortlist: posts separated by a line of `---`, JSON lines
 * (a `text` field, or the fields of an exported job list: title, budget, hourly, description,
 * skills), or CSV with a column named text, description or post. The format comes from the file's
 * extension when it has a known one, else from the content. Every fault names its line or record.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { BidwrightError } from '../domain/errors.ts';
import { LIMITS, tooLong } from '../domain/limits.ts';

export const BATCH_FORMATS = ['separated', 'jsonl', 'csv'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** One post of a batch: where it came from (for messages and the shortlist) and its text. */
export interface BatchPost {
  /** Its place among the batch's non-empty posts, from 1. */
  index: number;
  /** "post 3", "line 12" or "row 5": how the user finds it in what they gave. */
  source: string;
  text: string;
}

export interface Batch {
  format: BatchFormat;
  posts: BatchPost[];
  /** Posts with no text, left out. */
  skippedEmpty: number;
}

const SEPARATOR = /^[ \t]*---[ \t]*$/m;
const TEXT_COLUMNS = ['text', 'post', 'job post', 'description', 'job description', 'body'];

const invalid = (message: string) => new BidwrightError('INVALID_INPUT', message);

/** The format a file's name states, or null when it states none (a paste, stdin, .txt). */
function formatOfName(name: string | undefined): BatchFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name ?? '')?.[1]?.toLowerCase();
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'csv') return 'csv';
  return null;
}

/** JSON lines open with "{"; CSV's header line names a text column; anything else is posts and ---. */
function formatOfContent(text: string): BatchFormat {
  const first = text.trimStart();
  if (first.startsWith('{')) return 'jsonl';
  const header = first.slice(0, Math.min(first.length, 2_000)).split(/\r?\n/, 1)[0] ?? '';
  const cells = header.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
  return cells.length > 1 && cells.some((cell) => TEXT_COLUMNS.includes(cell)) ? 'csv' : 'separated';
}

const line = (label: string, value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? `${label}${value.trim()}` : null);

/** A JSON record as the text a user would paste: its `text`, or an exported job's fields joined. */
function recordText(record: Record<string, unknown>, where: string): string {
  if (typeof record.text === 'string') return record.text;
  if (typeof record.description !== 'string') {
    throw invalid(`${where} has no post text: give each record a "text" field (or "title" and "description" as a job list exports them).`);
  }
  const skills = Array.isArray(record.skills) ? record.skills.filter((skill) => typeof skill === 'string').join(', ') : null;
  const meta = (typeof record.meta === 'object' && record.meta !== null ? record.meta : {}) as Record<string, unknown>;
  const parts = [
    line('', record.title),
    line('Fixed-price ', record.budget),
    line('Hourly: ', record.hourly),
    record.description,
    line('Skills: ', skills),
    meta.client_payment_verification === 'VERIFIED' ? 'Payment method verified' : null,
    line('', meta.client_country),
  ];
  return parts.filter((part) => part !== null).join('\n');
}

function readJsonLines(text: string): { source: string; text: string }[] {
  return text.split(/\r?\n/).flatMap((raw, at) => {
    if (raw.trim() === '') return [];
    const where = `Line ${at + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      throw invalid(`${where} is not valid JSON (${(error as Error).message}): give one post a line as {"text": "..."}.`);
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record))
      throw invalid(`${where} is not a JSON object: give one post a line as {"text": "..."}.`);
    return [{ source: `line ${at + 1}`, text: recordText(record as Record<string, unknown>, where) }];
  });
}

function readCsv(text: string): { source: string; text: string }[] {
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: false });
  } catch (error) {
    const at = (error as { lines?: number }).lines;
    throw invalid(`The CSV could not be read${at === undefined ? '' : ` at line ${at}`}: ${(error as Error).message}`);
  }
  const [header = [], ...body] = rows;
  const names = header.map((cell) => cell.trim().toLowerCase());
  const column = TEXT_COLUMNS.map((name) => names.indexOf(name)).find((at) => at >= 0);
  if (column === undefined) {
    const shown = header.map((cell) => `"${cell.trim()}"`).join(', ');
    throw invalid(`The CSV has no column for the post text: its columns are ${shown}. Name the post's column "text", "description" or "post".`);
  }
  const title = names.indexOf('title');
  // Rows count from 2: the header is row 1, as a spreadsheet shows it.
  return body.map((row, at) => ({
    source: `row ${at + 2}`,
    text: [title >= 0 && title !== column ? row[title] : undefined, row[column]].filter((cell) => cell !== undefined && cell.trim() !== '').join('\n'),
  }));
}

/**
 * Splits `text` into posts in the format given, or the one its file name or its content shows, skipping empty ones.
 * INVALID_INPUT names the line or record at fault, or the limit passed (LIMITS.batchPosts, batchChars).
 */
export function readBatch(text: string, hint: { name?: string; format?: BatchFormat } = {}): Batch {
  if (text.length > LIMITS.batchChars) throw invalid(tooLong('batch of posts', text.length, LIMITS.batchChars, 'characters', 'Split it into smaller files.'));
  const format = hint.format ?? formatOfName(hint.name) ?? formatOfContent(text);
  const raw =
    format === 'jsonl'
      ? readJsonLines(text)
      : format === 'csv'
        ? readCsv(text)
        : text.split(SEPARATOR).map((part, at) => ({ source: `post ${at + 1}`, text: part }));
  return fromTexts(raw, format);
}

/** Posts given one by one (an API list), checked and counted like a file's. */
export function readPostList(texts: readonly string[]): Batch {
  return fromTexts(
    texts.map((text, at) => ({ source: `post ${at + 1}`, text })),
    'separated',
  );
}

function fromTexts(raw: readonly { source: string; text: string }[], format: BatchFormat): Batch {
  const kept = raw.map((post) => ({ ...post, text: post.text.trim() })).filter((post) => post.text !== '');
  if (kept.length === 0) throw invalid('There are no posts to triage: paste posts separated by a line of ---, or give a JSON lines or CSV file.');
  if (kept.length > LIMITS.batchPosts) throw invalid(tooLong('batch', kept.length, LIMITS.batchPosts, 'posts', 'Split it into smaller batches.'));
  const tooBig = kept.find((post) => post.text.length > LIMITS.postChars);
  if (tooBig !== undefined) throw invalid(`${capital(tooBig.source)}: ${tooLong('post', tooBig.text.length, LIMITS.postChars)}`);
  return { format, posts: kept.map((post, at) => ({ index: at + 1, ...post })), skippedEmpty: raw.length - kept.length };
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
