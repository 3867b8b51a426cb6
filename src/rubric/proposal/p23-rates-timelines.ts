import { libraryMemo } from '../../domain/library-memo.ts';
import type { ProposalRule, RuleHit } from '../types.ts';
import { clip, findTerms, numberValue } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';
import { hasValue, valuesIn } from './number-sources.ts';
import { postFullText, proofText } from './sources.ts';

// A bare amount starts where its digits start (not inside "1,2,3"), so each run is read once.
const MONEY =
  /[$€£]\s?\d+(?:[.,]\d+)*\s?[kKmM]?(?![\p{L}\p{N}])|(?<![\d.,])\b\d+(?:[.,]\d+)*\s?[kK]?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)\b|(?<![\d.,])\b\d+(?:[.,]\d+)*\s?(?:per hour|an hour|\/\s?hr\b|\/\s?hour\b|per day|a day|\/\s?day\b)|\b(?:flat fee|fixed fee|fixed price|rate) of \d+(?:[.,]\d+)*/giu;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const WORD_NUMBER = Object.keys(NUMBER_WORDS).join('|');
const UNIT = '(hours?|hrs?|days?|business days|working days|weeks?|months?)';
// Digits with a unit are always a duration; words ("two weeks", "a week") only after a commitment
// word. "40 hours of footage" is an amount of material, not a timeline.
const DURATION = new RegExp(
  `\\b(\\d+(?:\\.\\d+)?)(?:\\s?(?:-|to)\\s?(\\d+))?[\\s-]?${UNIT}\\b(?!\\s+of\\b)|\\b(?:in|within|under|inside|takes?|take|over|about|around|roughly|for)\\s+(?:the next\\s+|a couple of\\s+)?(${WORD_NUMBER})(?:\\s?(?:-|to|or)\\s?(${WORD_NUMBER}))?[\\s-]${UNIT}\\b(?!\\s+of\\b)`,
  'giu',
);
const DEADLINE =
  /\bby\s+(?:(?:this|next)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|eod|eow|end of (?:the )?(?:day|week|month)|next week|next month)\b/giu;

function unitOf(raw: string): string {
  const unit = fold(raw).replace(/^(?:business|working)\s+/, '');
  if (unit.startsWith('h')) return 'hour';
  return unit.replace(/s$/, '');
}

function amount(raw: string): number | null {
  return NUMBER_WORDS[fold(raw)] ?? numberValue(raw);
}

/** "number unit" keys for every duration in a text, e.g. "3 week"; ranges give both ends. */
function durations(text: string): { raw: string; keys: string[] }[] {
  return [...text.matchAll(DURATION)].map((match) => {
    const unit = unitOf(match[3] ?? match[6] ?? '');
    const ends = [match[1], match[2], match[4], match[5]].filter((end) => end !== undefined).map((end) => amount(end));
    return { raw: match[0], keys: ends.filter((end) => end !== null).map((end) => `${end} ${unit}`) };
  });
}

/** What a library lets a draft state: its figures, its durations and, looked up as asked, deadline words. */
interface Sources {
  money: ReadonlySet<number>;
  durations: ReadonlySet<string>;
  /** Whether a deadline word occurs in any of the texts. */
  names(word: string): boolean;
}

function sourcesOf(texts: readonly string[]): Sources {
  // A deadline is one of a few words: each is looked up in the texts once, however often drafts repeat it.
  const found = new Map<string, boolean>();
  return {
    money: valuesIn(texts),
    durations: new Set(texts.flatMap((text) => durations(text).flatMap((entry) => entry.keys))),
    names: (word) =>
      found.get(word) ??
      found
        .set(
          word,
          texts.some((text) => findTerms(text, [word]).length > 0),
        )
        .get(word) === true,
  };
}

/** The library's figures, durations and deadline words, read once per library. */
const librarySources = libraryMemo((proof) => sourcesOf(proof.map(proofText)));

/**
 * P23: a rate, price or timeline the user never gave commits them to it. A money amount must be the
 * profile's rate floor or target rate or a figure in the post or proof; a duration or deadline must
 * come from the post (or describe past work in the proof).
 */
export const p23RatesTimelines: ProposalRule = {
  id: 'P23',
  target: 'proposal',
  title: 'No rate, price or timeline the user did not supply',
  severity: 'error',
  thresholds: {},
  check(subject, context) {
    const sources = [librarySources(context.proof), sourcesOf(context.post ? [postFullText(context.post)] : [])];
    const rates = new Set([context.profile.rateFloor, context.profile.targetRate].filter((rate) => rate !== null));
    const sourced = (value: number) => hasValue(rates, value) || sources.some((source) => hasValue(source.money, value));
    const text = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)].join('\n');
    const hits: RuleHit[] = [];
    for (const match of text.matchAll(MONEY)) {
      const value = numberValue(match[0].replace(/^[^\d]*/, ''));
      if (value === null || sourced(value)) continue;
      hits.push({
        message: `The draft states a price or rate (${match[0].trim()}) you have not set; use your profile rates or the post's budget.`,
        evidence: clip(match[0]),
      });
    }
    for (const found of durations(text)) {
      if (found.keys.length > 0 && found.keys.every((key) => sources.some((source) => source.durations.has(key)))) continue;
      hits.push({
        message: `The draft commits to a timeline (${found.raw.trim()}) that the post does not give; agree timelines with the client first.`,
        evidence: clip(found.raw),
      });
    }
    for (const match of text.matchAll(DEADLINE)) {
      const word = fold(match[1] ?? '');
      if (sources.some((source) => source.names(word))) continue;
      hits.push({ message: `The draft promises a deadline (${match[0]}) the post does not set; agree dates with the client first.`, evidence: match[0] });
    }
    return hits;
  },
};
