/** Reading HTML form posts: text fields as strings, and the list and number formats the forms use. */
import type { Context } from 'hono';
import { fieldError } from './failure.ts';
import { splitMetricLine } from '../../domain/metric-line.ts';

export type FormValues = Record<string, string>;

export interface FormPost {
  values: FormValues;
  /** Every text value of each field, for fields that repeat (a group of checkboxes). */
  lists: Record<string, string[]>;
  files: Record<string, File>;
}

/** The posted fields; repeated names keep the last value in `values` and all of them in `lists`, uploads are kept apart. */
export async function readForm(c: Context): Promise<FormPost> {
  const body = await c.req.parseBody({ all: true });
  const values: FormValues = {};
  const lists: Record<string, string[]> = {};
  const files: Record<string, File> = {};
  for (const [name, value] of Object.entries(body)) {
    const all = Array.isArray(value) ? value : [value];
    lists[name] = all.filter((entry): entry is string => typeof entry === 'string');
    const last = all.at(-1);
    if (typeof last === 'string') values[name] = last;
    else if (last instanceof File) files[name] = last;
  }
  return { values, lists, files };
}

/** "a, b, c" or one a line -> ['a', 'b', 'c'], blanks and repeats dropped. */
export function splitList(text: string | undefined, separator: RegExp = /[,\n]/): string[] {
  const items = (text ?? '')
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)];
}

/** A list as the form shows it again. */
export function joinList(items: readonly string[], separator = ', '): string {
  return items.join(separator);
}

/** "label = value" lines -> metrics; a line without "=" is an error on the `field`. */
export function parseMetricLines(text: string | undefined, field = 'metrics'): Array<{ label: string; value: string }> {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.map((line, index) => {
    const metric = splitMetricLine(line);
    if (metric === null) {
      throw fieldError(field, `Metric line ${index + 1} ("${line}") needs the form label = value or label: value, e.g. "checkout completion = +22%".`);
    }
    return metric;
  });
}

/** Metrics as "label = value" lines for the form. */
export function formatMetricLines(metrics: ReadonlyArray<{ label: string; value: string }>): string {
  return metrics.map((metric) => `${metric.label} = ${metric.value}`).join('\n');
}

/** An optional non-negative amount: blank -> null, anything else must be a number. */
export function parseAmount(text: string | undefined, field: string, label: string): number | null {
  const trimmed = (text ?? '').trim().replace(/^\$/, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < 0) {
    throw fieldError(field, `${label} must be a number of 0 or more, such as 45, or left blank; "${trimmed}" is not.`);
  }
  return value;
}
