import type { ProposalRule, RuleHit } from '../types.ts';
import { clip, numberMatches, numberValue } from '../text.ts';
import { hasValue, sourceValues } from './number-sources.ts';

// Links and addresses hold digits that are not figures (P14 judges them).
const NOT_PROSE = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\b24\/7\b/giu;
const UNIT_AFTER =
  /^\s*-?\s*(?:hours?|hrs?|days?|business days|weeks?|months?|years?|yrs?|minutes?|mins?|dollars?|usd|eur|euros?|gbp|pounds?)\b/iu;

/** Small counts ("2 options", "step 3") are grammar, not claims; a sign, suffix or unit makes them a figure. */
function isFigure(raw: string, value: number, after: string): boolean {
  if (/[$€£%kKmMx]|percent/.test(raw) || /[.,]/.test(raw)) return true;
  if (value > 10) return true;
  return UNIT_AFTER.test(after);
}

/**
 * P05: a number is the most checkable claim in a proposal, so every figure must come from the
 * proof, the profile or the post. List numbering and small bare counts are not figures.
 */
export const p05NumbersSourced: ProposalRule = {
  id: 'P05',
  target: 'proposal',
  title: 'Every number appears in the proof, profile or job post',
  severity: 'error',
  thresholds: {},
  check(subject, context) {
    const sources = sourceValues(context);
    const texts = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)];
    const hits: RuleHit[] = [];
    const reported = new Set<string>();
    for (const text of texts) {
      const prose = text.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
      for (const { raw, index } of numberMatches(prose)) {
        const lineStart = prose.lastIndexOf('\n', index - 1) + 1;
        const end = index + raw.length;
        if (/^\s*$/.test(prose.slice(lineStart, index)) && /^[.)]\s/.test(prose.slice(end, end + 2))) continue;
        const value = numberValue(raw);
        if (value === null || !isFigure(raw, value, prose.slice(end, end + 20))) continue;
        if (hasValue(sources, value) || reported.has(raw)) continue;
        reported.add(raw);
        const around = prose.slice(Math.max(0, index - 60), Math.min(prose.length, end + 60));
        hits.push({
          message: `"${raw}" does not appear in your proof, profile or the job post; use a figure you can back or remove it.`,
          evidence: clip(around),
        });
      }
    }
    return hits;
  },
};
