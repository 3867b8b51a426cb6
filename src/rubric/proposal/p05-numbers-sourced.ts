import { libraryMemo } from '../../domain/library-memo.ts';
import type { ProposalRule, RuleHit } from '../types.ts';
import { clip, numberMatches, numberValue } from '../../text/text.ts';
import { figureKind, hasFigure, isFigure, sourceFigures } from './number-sources.ts';

// Links, addresses and phone numbers hold digits that are not figures (P14 judges them). A phone
// number is a run of at least seven digits in groups, or any digit groups after a leading "+".
// Every repetition is bounded or starts where a run starts, so a long run of letters, digits or
// dots is read once, not once per position.
const NOT_PROSE =
  /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,253}|\b24\/7\b|\+\d[\d \t().-]{5,}\d|(?<![\d,.$€£])\(?\d{3}\)?[ \t.-]\d{3}[ \t.-]\d{4}(?![\d%])/giu;

// A run of id characters (letters, digits, "_", "-"), with inner dots: the spans an id can fill.
const ID_RUN = /[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*/gu;

/** The ids worth masking, lower-cased (those with a digit, of three characters or more), and their most dots. */
interface IdKeys {
  keys: ReadonlySet<string>;
  maxDots: number;
}

function idKeys(ids: readonly string[]): IdKeys {
  const keys = new Set(ids.map((id) => id.trim().toLowerCase()).filter((id) => /\d/.test(id) && id.length >= 3));
  let maxDots = 0;
  for (const key of keys) maxDots = Math.max(maxDots, key.split('.').length - 1);
  return { keys, maxDots };
}

/** The library's ids as keys to mask, read once per library. */
const libraryIdKeys = libraryMemo((proof) => idKeys(proof.map((item) => item.id)));

/**
 * Blanks proof ids (cited or in the library) out of the text: "apparel-returns-2023" names, it does
 * not measure. One pass over the text: each run of id characters is looked up, along with its
 * dot-separated parts, in the sets of ids, whatever the size of the library.
 */
function maskIds(text: string, sets: readonly IdKeys[]): string {
  if (sets.every((set) => set.keys.size === 0)) return text;
  const maxDots = Math.max(...sets.map((set) => set.maxDots));
  const wanted = (key: string) => sets.some((set) => set.keys.has(key));
  return text.replace(ID_RUN, (run) => {
    const parts = run.split('.');
    const starts: number[] = [];
    for (let i = 0, at = 0; i < parts.length; at += (parts[i]?.length ?? 0) + 1, i++) starts.push(at);
    const chars = run.split('');
    let masked = false;
    for (let from = 0; from < parts.length; from++) {
      for (let to = from; to < Math.min(parts.length, from + maxDots + 1); to++) {
        if (
          !wanted(
            parts
              .slice(from, to + 1)
              .join('.')
              .toLowerCase(),
          )
        )
          continue;
        chars.fill(' ', starts[from], (starts[to] ?? 0) + (parts[to]?.length ?? 0));
        masked = true;
      }
    }
    return masked ? chars.join('') : run;
  });
}

/** True when only spaces or tabs stand between the start of its line and `index`. */
function startsLine(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
  return at < 0 || text[at] === '\n' || text[at] === '\r';
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
    const ids = [idKeys(subject.citations), libraryIdKeys(context.proof)];
    const texts = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)];
    const hits: RuleHit[] = [];
    const reported = new Set<string>();
    for (const text of texts) {
      const prose = maskIds(text, ids).replace(NOT_PROSE, (m) => ' '.repeat(m.length));
      for (const { raw, index } of numberMatches(prose)) {
        const end = index + raw.length;
        if (startsLine(prose, index) && /^[.)]\s/.test(prose.slice(end, end + 2))) continue;
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
