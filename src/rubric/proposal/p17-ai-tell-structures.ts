import type { ProposalRule, RuleHit } from '../types.ts';
import { clip } from '../../text/text.ts';
import { matchingCopy } from '../../text/fold.ts';

// "not just X, but Y", "not only X but also Y", "isn't just X, it's Y" and "it's not about X, it's
// about Y" (also across a full stop, the way that turn is usually written).
const NOT_JUST = new RegExp(
  [
    String.raw`\bnot (?:just|only|merely|simply)\b[^.?!\n]{1,100}?\bbut\b`,
    String.raw`\b(?:isn't|is not|aren't|are not|wasn't|was not|it's not|it is not|this is not|that's not|they're not) (?:just|only|merely|simply|about)\b[^.?!\n]{1,60}?[,;:-]\s*(?:it's|it is|they're|they are|this is|that's|it was)\b`,
    String.raw`\b(?:it's|it is|this is|that's|that is) not (?:just |only |merely |really )?about\b[^.?!\n]{1,60}?[.;:-]\s*(?:it's|it is|this is|that's|that is) (?:really )?about\b`,
  ].join('|'),
  'giu',
);
const EM_DASH = /\u2014|\s--\s|\s\u2013\s/gu;
// Three lower-case single words in a list: "fast, reliable, and scalable". Capitalised lists are
// usually tool names, which are content rather than padding.
const TRIPLET = /(?<![\p{L}'-])(\p{Ll}[\p{L}'-]*), (\p{Ll}[\p{L}'-]*),? (?:and|or) (\p{Ll}[\p{L}'-]*)(?![\p{L}\p{N}'-])/gu;

/**
 * P17: structures that give machine text away as surely as its words: the "not just X, but Y"
 * turn, a dash in every other sentence, and lists padded to three.
 */
export const p17AiTellStructures: ProposalRule<{ maxContrasts: number; maxEmDashes: number; maxTriplets: number }> = {
  id: 'P17',
  target: 'proposal',
  title: 'No AI-tell structures ("not just X, but Y", em-dash habit, padded triplets)',
  severity: 'warn',
  thresholds: { maxContrasts: 0, maxEmDashes: 1, maxTriplets: 1 },
  check(subject, _context, thresholds) {
    const text = subject.text;
    const hits: RuleHit[] = [];
    // Matched on the folded copy: curly apostrophes and dashes read as plain ones.
    const contrasts = [...matchingCopy(text).matchAll(NOT_JUST)].map((match) => match[0]);
    if (contrasts.length > thresholds.maxContrasts) {
      hits.push({ message: 'The "not just X, but Y" turn reads as machine-written; say the Y plainly.', evidence: clip(contrasts[0] ?? '') });
    }
    const dashes = (text.match(EM_DASH) ?? []).length;
    const maxDashes = thresholds.maxEmDashes;
    if (dashes > maxDashes) {
      hits.push({ message: `${dashes} em-dashes (more than ${maxDashes}); use full stops or commas instead.`, evidence: `${dashes} dashes` });
    }
    const triplets = [...text.matchAll(TRIPLET)].map((match) => match[0]);
    if (triplets.length > thresholds.maxTriplets) {
      hits.push({
        message: `${triplets.length} lists of exactly three words; padded triplets read as filler, keep the one that matters.`,
        evidence: clip(triplets.join(' | ')),
      });
    }
    return hits;
  },
};
