import type { ProposalRule, RuleHit } from '../types.ts';
import { clip, numberMatches, numberValue } from '../../text/text.ts';
import { figureKind, hasFigure, isFigure, sourceFigures } from './number-sources.ts';

// Links, addresses and phone numbers hold digits that are not figures (P14 judges them). A phone
// number is a run of at least seven digits in groups, or any digit groups after a leading "+".
const NOT_PROSE =
  /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\b24\/7\b|\+\d[\d \t().-]{5,}\d|(?<![\d,.$€£])\(?\d{3}\)?[ \t.-]\d{3}[ \t.-]\d{4}(?![\d%])/giu;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Blanks proof ids (cited or in the library) out of the text: "apparel-returns-2023" names, it does not measure. */
function maskIds(text: string, ids: readonly string[]): string {
  let out = text;
  for (const id of ids) {
    if (!/\d/.test(id) || id.trim().length < 3) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(id.trim())}(?![\\p{L}\\p{N}_-])`, 'giu');
    out = out.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return out;
}

/**
 * P05: a number is the most checkable claim in a proposal, so every figure must come from the
 * proof, the profile or the post, as the same kind of quantity ("35%" is not backed by "35
 * orders"). List numbering, small bare counts, phone numbers and proof ids are not figures.
 */
export const p05NumbersSourced: ProposalRule = {
  id: 'P05',
  target: 'proposal',
  title: 'Every number appears in the proof, profile or job post',
  severity: 'error',
  thresholds: {},
  check(subject, context) {
    const sources = sourceFigures(context);
    const ids = [...subject.citations, ...context.proof.map((item) => item.id)];
    const texts = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)];
    const hits: RuleHit[] = [];
    const reported = new Set<string>();
    for (const text of texts) {
      const prose = maskIds(text, ids).replace(NOT_PROSE, (m) => ' '.repeat(m.length));
      for (const { raw, index } of numberMatches(prose)) {
        const lineStart = prose.lastIndexOf('\n', index - 1) + 1;
        const end = index + raw.length;
        if (/^\s*$/.test(prose.slice(lineStart, index)) && /^[.)]\s/.test(prose.slice(end, end + 2))) continue;
        const value = numberValue(raw);
        if (value === null || !isFigure(raw, value, prose.slice(end, end + 20))) continue;
        if (hasFigure(sources, { value, kind: figureKind(raw) }) || reported.has(raw)) continue;
        reported.add(raw);
        const around = prose.slice(Math.max(0, index - 60), Math.min(prose.length, end + 60));
        hits.push({
          message: `"${raw}" does not appear in your proof, profile or the job post as that kind of figure; use a figure you can back or remove it.`,
          evidence: clip(around),
        });
      }
    }
    return hits;
  },
};
