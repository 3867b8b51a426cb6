/**
 * The shortlist as a file to keep or open in a spreadsheet: JSON (the schema's shape) or CSV, one
 * row a post in rank order. Post text is untrusted: a CSV cell that a spreadsheet would read as a
 * formula (=, +, -, @ first) is written with a leading apostrophe so it stays text.
 */
import type { Shortlist } from '../domain/shortlist.ts';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const COLUMNS = ['rank', 'verdict', 'score', 'title', 'kind', 'budget', 'reason', 'market', 'source'] as const;

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The shortlist as CSV (a header row, then one row a post, CRLF line ends as RFC 4180 has them). */
export function shortlistCsv(list: Shortlist): string {
  const rows = list.entries.map((entry) =>
    [
      entry.rank,
      entry.verdict,
      entry.score,
      entry.title,
      entry.kind,
      entry.budget,
      entry.reason,
      (entry.market?.facts ?? []).map((fact) => `${fact.text} (${fact.source})`).join(' '),
      entry.source,
    ]
      .map(cell)
      .join(','),
  );
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The shortlist in the chosen format. */
export function exportShortlist(list: Shortlist, format: ExportFormat): string {
  return format === 'csv' ? shortlistCsv(list) : `${JSON.stringify(list, null, 2)}\n`;
}
