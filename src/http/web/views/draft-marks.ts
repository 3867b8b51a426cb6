/**
 * Where each finding applies in a draft, as a grammar checker marks it: at the first occurrence of
 * the finding's evidence. Findings whose evidence is not text of the draft (an overlap score, a
 * missing question) are listed beside it instead. assets/draft-editor.js places marks the same way
 * while the user types; test/http/web/assets/draft-editor.test.ts holds the two to the same answers.
 */
import type { Finding } from '../../../domain/schemas.ts';

export interface PlacedMark {
  start: number;
  end: number;
  finding: Finding;
}

/** The evidence as it may appear in the text: a clipped quote loses its "..." ending. */
function needleOf(evidence: string | null): string {
  return (evidence ?? '').replace(/\.\.\.$/, '').trim();
}

/** The first place `needle` occurs in `text`, exactly or else ignoring case; -1 when nowhere. */
function findIn(text: string, needle: string): number {
  const exact = text.indexOf(needle);
  if (exact >= 0) return exact;
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets only when it keeps the length (it does for almost every script).
  return lower.length === text.length ? lower.indexOf(needle.toLowerCase()) : -1;
}

/**
 * The marks that fit in `text` (in text order, none overlapping) and the findings left to list
 * beside it. The narrowest evidence is placed first: a word ("delve") says more in place than a
 * whole paragraph quoted by a rule about the paragraph, which is then listed beside the text.
 */
export function placeMarks(text: string, findings: readonly Finding[]): { marks: PlacedMark[]; beside: Finding[] } {
  const marks: PlacedMark[] = [];
  const beside: Finding[] = [];
  const narrowestFirst = [...findings].sort((a, b) => needleOf(a.evidence).length - needleOf(b.evidence).length);
  for (const finding of narrowestFirst) {
    const needle = needleOf(finding.evidence);
    const start = needle.length < 2 ? -1 : findIn(text, needle);
    const end = start + needle.length;
    if (start < 0 || marks.some((mark) => start < mark.end && end > mark.start)) beside.push(finding);
    else marks.push({ start, end, finding });
  }
  return { marks: marks.sort((a, b) => a.start - b.start), beside };
}

/** The text cut into plain runs and marked runs, in order. */
export function segments(text: string, marks: readonly PlacedMark[]): Array<{ text: string; finding: Finding | null }> {
  const out: Array<{ text: string; finding: Finding | null }> = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) out.push({ text: text.slice(at, mark.start), finding: null });
    out.push({ text: text.slice(mark.start, mark.end), finding: mark.finding });
    at = mark.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), finding: null });
  return out;
}
