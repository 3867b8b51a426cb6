/**
 * A prepared job post: the cleaned original, its normalised twin (same length), and line and
 * sentence spans. Matching runs on `norm`; anything shown to the user is sliced from `text` with
 * the same offsets, so quotes and dashes appear as the client typed them.
 */
import { cleanText, normalizeForMatching } from '../text/fold.ts';

/** A trimmed stretch of the post: `text` is normalised, `start`/`end` are offsets into both strings. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A post prepared for matching (see the module comment). */
export interface Doc {
  /** The post without control characters, otherwise as written. */
  text: string;
  /** `text` with quotes, dashes, spaces and line endings normalised; same length as `text`. */
  norm: string;
  /** Every line, trimmed; blank lines are kept (as empty text) because layout carries meaning. */
  lines: Span[];
}

/** Cleans, normalises and splits a post into lines. */
export function prepareDoc(raw: string): Doc {
  const text = cleanText(raw);
  const norm = normalizeForMatching(text);
  return { text, norm, lines: splitLines(norm) };
}

/** The original wording of a span. */
export function originalOf(doc: Doc, start: number, end: number): string {
  return doc.text.slice(start, end).trim();
}

function trimSpan(norm: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(norm[s] ?? '')) s += 1;
  while (e > s && /\s/.test(norm[e - 1] ?? '')) e -= 1;
  return { text: norm.slice(s, e), start: s, end: e };
}

function splitLines(norm: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = norm.indexOf('\n', start);
    const end = nl === -1 ? norm.length : nl;
    lines.push(trimSpan(norm, start, end));
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

// Words after which a full stop does not end a sentence ("Est. budget", "e.g. Shopify").
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'est', 'approx', 'vs', 'mr', 'mrs', 'ms', 'dr', 'inc', 'ltd', 'jr', 'sr', 'st']);

/** Splits one line into sentences at ".", "!" or "?" followed by a space (closing quotes stay with the sentence). */
export function sentencesOfLine(norm: string, line: Span): Span[] {
  const out: Span[] = [];
  const terminator = /[.!?]+["')\]]*(?=\s|$)/g;
  let from = line.start;
  const body = norm.slice(line.start, line.end);
  for (const match of body.matchAll(terminator)) {
    const at = line.start + (match.index ?? 0);
    // A full stop after a space ("yahoo . com") is a spaced-out address, not the end of a sentence.
    if (match[0] === '.' && (ABBREVIATIONS.has(wordBefore(norm, at, from)) || norm[at - 1] === ' ')) continue;
    const end = at + match[0].length;
    const span = trimSpan(norm, from, end);
    if (span.text.length > 0) out.push(span);
    from = end;
  }
  const rest = trimSpan(norm, from, line.end);
  if (rest.text.length > 0) out.push(rest);
  return out;
}

function wordBefore(norm: string, at: number, floor: number): string {
  let s = at;
  while (s > floor && /[A-Za-z.]/.test(norm[s - 1] ?? '')) s -= 1;
  return norm.slice(s, at).toLowerCase();
}

/** Every sentence of the post, in order. */
export function sentencesOf(doc: Doc): Span[] {
  return doc.lines.flatMap((line) => (line.text.length === 0 ? [] : sentencesOfLine(doc.norm, line)));
}

/** The index of the nearest non-blank line after `index` (step 1) or before it (step -1), or null. */
export function nearestLine(lines: Span[], index: number, step: 1 | -1): number | null {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    if ((lines[i]?.text ?? '') !== '') return i;
  }
  return null;
}
