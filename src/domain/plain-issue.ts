/**
 * One validation issue as a sentence a person can act on: the field in words, what is wrong with
 * it and how to fix it ("Post text is empty: paste the job post."). zod's own wording ("Too small:
 * expected string to have >=1 characters", "(root): ...") never reaches a page or an API answer;
 * a message a schema wrote itself is kept, after the field's name.
 */
import { z } from 'zod';
import table from './field-names.json' with { type: 'json' };
import { isLimitMessage } from './limits.ts';

const FieldWords = z.object({
  name: z.string().min(1),
  item: z.string().min(1).optional(),
  fill: z.string().min(1).optional(),
  form: z.string().min(1).optional(),
});
const FieldNamesFile = z.object({ about: z.string(), fields: z.record(z.string(), FieldWords) });
type FieldWords = z.infer<typeof FieldWords>;

function loadFieldNames(raw: unknown): Record<string, FieldWords> {
  const result = FieldNamesFile.safeParse(raw);
  if (!result.success) throw new Error(`src/domain/field-names.json is invalid: ${z.prettifyError(result.error)}`);
  return result.data.fields;
}

// Checked on first use: only a rejected input is ever worded, and most runs reject nothing.
let fields: Record<string, FieldWords> | undefined;
const fieldWords = (name: string): FieldWords | undefined => (fields ??= loadFieldNames(table))[name];

/** zod's English messages all start this way; a schema's own message never does. */
const ZOD_WORDING = /^(?:Invalid|Too (?:big|small)|Unrecognized key)/;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object with named fields',
};

const FORMAT_WORDS: Record<string, string> = {
  url: 'must be a full web address starting with https://',
  datetime: 'must be a date and time such as 2026-01-31T09:00:00Z',
  date: 'must be a date such as 2026-01-31',
  email: 'must be an email address',
};

/** The shape of a final zod issue, as far as the wording needs it. */
export interface IssueLike {
  code?: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  format?: string;
}

/** "clientType" -> "Client type", for a field the table does not name. */
function wordsOf(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The field a path points at, in words: ["metrics", 1, "value"] -> "Metric 2, value". Null at the root. */
export function fieldName(path: readonly PropertyKey[]): string | null {
  const parts: string[] = [];
  path.forEach((part, index) => {
    if (typeof part === 'number') {
      const parent = path[index - 1];
      const item = typeof parent === 'string' ? fieldWords(parent)?.item : undefined;
      if (item !== undefined) parts[parts.length - 1] = `${item} ${part + 1}`;
      else parts.push(`Item ${part + 1}`);
    } else {
      const words = fieldWords(String(part))?.name ?? wordsOf(String(part));
      parts.push(parts.length === 0 ? words : words.toLowerCase());
    }
  });
  return parts.length === 0 ? null : parts.join(', ');
}

/** The table's words for the field a path ends in (a list's entry ends in its list). */
function wordsFor(path: readonly PropertyKey[]): FieldWords | undefined {
  const last = [...path].reverse().find((part): part is string => typeof part === 'string');
  return last === undefined ? undefined : fieldWords(last);
}

function fillFor(path: readonly PropertyKey[]): string {
  if (typeof path.at(-1) === 'number') return 'fill it in or remove the entry';
  return wordsFor(path)?.fill ?? 'fill it in';
}

function quoted(values: readonly unknown[]): string {
  const words = values.map((value) => JSON.stringify(value));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}

/** What is wrong, after the field's name: "is empty: paste the job post". */
function problemOf(issue: IssueLike): string {
  const fill = fillFor(issue.path);
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return min <= 1 ? `is empty: ${fill}` : `is too short: write at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? `is empty: ${fill}` : `needs at least ${min} entries`;
      return `must be ${min} or more`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long: keep it to ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `has too many entries: give at most ${max}`;
      return `must be ${max} or less`;
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return `is missing: ${fill}`;
      return `must be ${wordsFor(issue.path)?.form ?? TYPE_WORDS[issue.expected ?? ''] ?? issue.expected ?? 'another kind of value'}`;
    case 'invalid_value':
      return `must be ${quoted(issue.values ?? [])}`;
    case 'invalid_format':
      return FORMAT_WORDS[issue.format ?? ''] ?? 'is not written the way it should be';
    case 'unrecognized_keys':
      return `has ${quoted(issue.keys ?? [])}, which bidwright does not know: check the spelling or leave ${(issue.keys ?? []).length > 1 ? 'them' : 'it'} out`;
    default:
      return wordsFor(issue.path)?.form === undefined ? 'is not in a form bidwright can read' : `must be ${wordsFor(issue.path)?.form}`;
  }
}

const sentence = (text: string) => {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/** The issue's words after `field` (null: the input as a whole, called `whole`). */
function phrase(issue: IssueLike, field: string | null, whole: string): string {
  if (!ZOD_WORDING.test(issue.message)) {
    // A schema's own message: a sentence already when it starts with a capital or with "the" (unless
    // an item of a list needs naming), else the words that follow the field's name.
    const listed = issue.path.some((part) => typeof part === 'number');
    if (field === null || /^[A-Z]/.test(issue.message) || (/^the /.test(issue.message) && !listed)) return issue.message;
    return /^(?:must|is|are|has|needs) /.test(issue.message) ? `${field} ${issue.message}` : `${field}: ${issue.message}`;
  }
  return `${field ?? whole} ${problemOf(issue)}`;
}

/**
 * The issue as one sentence for a person, the field named in words. `whole` names the input
 * itself, for an issue at its root ("The proposal request must be an object with named fields.").
 */
export function plainIssue(issue: IssueLike, whole = 'The input'): string {
  return isLimitMessage(issue.message) ? issue.message : sentence(phrase(issue, fieldName(issue.path), whole));
}

/**
 * The issue for someone fixing a file, the field named by its JSON path so it can be found
 * ("proof.0.kind must be "case_study", ..."); no closing full stop, as callers go on after it.
 */
export function pathIssue(issue: IssueLike): string {
  const path = issue.path.length === 0 ? null : issue.path.map(String).join('.');
  return isLimitMessage(issue.message) ? issue.message : phrase(issue, path, 'The file').replace(/\.$/, '');
}
