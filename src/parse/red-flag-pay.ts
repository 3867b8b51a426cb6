/**
 * Pay that is too good for the work: high pay per hour for simple or no-experience work is the
 * bait of a common scam ("earn $2,000 a week copy-pasting, 2 hours a day"). Pay per day, week or
 * month is turned into pay per hour with the hours the post states, and a full-time week only when
 * it states none, so a short day cannot hide a high rate.
 */
import { findMoney } from './money.ts';

/** The facts the check reads when they are known. */
export interface PayFacts {
  budget: { type: string; min: number | null; max: number | null };
  experienceLevel: string | null;
  description?: string;
}

/** Pay per hour at or below which stated pay is far under any market for paid work. */
const BELOW_MARKET_HOURLY = 5;
// A fixed price this small pays for a few minutes of work; a post this long asks for far more.
const BELOW_MARKET_FIXED = 20;
const SUBSTANTIAL_WORDS = 80;
// Money in a sentence that says it is pay (not an ad budget or a price the client charges).
const PAY_WORDS = /\b(?:pay|pays|paid|paying|salary|stipend|compensation|earn|earnings|wage|wages|rate|offer|offering|to start)\b/i;

/** Pay per hour at or above which simple or no-experience work is implausible. */
const TOO_GOOD_HOURLY = 60;
// An hourly budget above which entry-level work is implausible whatever the task.
const TOO_GOOD_ENTRY_BUDGET = 150;

type Period = 'hour' | 'day' | 'week' | 'month';
const PERIOD_OF: Readonly<Record<string, Period>> = {
  hour: 'hour',
  hr: 'hour',
  h: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  wk: 'week',
  month: 'month',
  monthly: 'month',
  mo: 'month',
};
const PERIOD = /^\+?\s*(?:\/\s*|per\s+|an?\s+|each\s+|every\s+)?(hour|hr|h|day|daily|week|weekly|wk|month|monthly|mo)\b/i;
// Full time when the post states no hours: 8 a day, 5 days a week, about 4.33 weeks a month.
const FULL_TIME: Readonly<Record<Period, number>> = { hour: 1, day: 8, week: 40, month: 173 };
const PER_WEEK: Readonly<Record<Period, number>> = { hour: 0, day: 5, week: 1, month: 1 / 4.33 };
/** Small numbers as posts spell them ("two lectures a week"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
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
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const HOURS_STATED =
  /\b(\d{1,3}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:\s*(?:-|–|to)\s*(\d{1,3}(?:\.\d)?))?\s*(?:hours?|hrs?|h)\s*(?:a|per|each|every|\/|of work (?:a|per))\s*(day|week|month)\b/i;

/** Simple or no-experience work, as posts that bait with pay describe it. */
const SIMPLE_WORK =
  /\b(?:no (?:prior )?experience|no skills?|no qualifications|without experience|anyone can|beginners? (?:welcome|friendly)|data entry|copy(?:[- ]|\s+(?:and|&)\s+)?past(?:e|ing)|typing|easy (?:money|job|task|work|income)|simple (?:tasks?|jobs?|work|copy)|(?:like|liking) (?:and comment|posts|videos|pages)|from your phone|no interview)\b/i;
// "Automate our data entry" is expert work about simple work, not simple work.
const ABOUT_SIMPLE_WORK = /\b(?:automat\w*|eliminat\w*|replac\w*|reduc\w*|streamlin\w*|script\w*|tool\w*)\s+(?:\w+\s+){0,3}$/i;

/** A count as written: digits ("1,200") or a small number word ("two"); NaN when it is neither. */
export const readCount = (raw: string | undefined): number =>
  raw === undefined ? Number.NaN : (NUMBER_WORDS[raw.toLowerCase()] ?? Number(raw.replace(/,/g, '')));

/** Hours per week the post states ("2 hours a day", "10 hrs per week"), or null when it states none. */
export function statedWeeklyHours(text: string): number | null {
  const m = HOURS_STATED.exec(text);
  if (!m) return null;
  const low = readCount(m[1]);
  const high = m[2] === undefined ? low : readCount(m[2]);
  const hours = Math.max(low, high);
  const period = PERIOD_OF[(m[3] ?? '').toLowerCase()] ?? 'week';
  const weekly = hours * PER_WEEK[period];
  return Number.isFinite(weekly) && weekly > 0 && weekly <= 80 ? weekly : null;
}

/** Pay per hour for `amount` per `unit`, with the stated weekly hours when the post gives them. */
export function impliedHourly(amount: number, unit: string, weeklyHours: number | null): number {
  const period = PERIOD_OF[unit.toLowerCase()] ?? 'hour';
  if (period === 'hour') return amount;
  const hours = weeklyHours === null ? FULL_TIME[period] : weeklyHours / PER_WEEK[period];
  return amount / hours;
}

/** The first phrase that calls the work simple, unless the post is about doing away with such work. */
export function simpleWork(text: string): string | null {
  const m = SIMPLE_WORK.exec(text);
  if (!m) return null;
  return ABOUT_SIMPLE_WORK.test(text.slice(Math.max(0, m.index - 40), m.index)) ? null : m[0];
}

interface Span {
  text: string;
  start: number;
}

/** A sum stated per hour, day, week or month: its sentence, its pay per hour, and its offsets in the text. */
interface StatedPay {
  sentence: number;
  period: Period;
  hourly: number;
  start: number;
  end: number;
}

/** Every sum the sentences state per period, turned into pay per hour with the post's stated hours. */
function* statedPay(sentences: readonly Span[], whole: string): Generator<StatedPay> {
  const weekly = statedWeeklyHours(whole);
  for (const [index, s] of sentences.entries()) {
    for (const m of findMoney(s.text)) {
      const unit = PERIOD.exec(s.text.slice(m.end, m.end + 20));
      const amount = m.max ?? m.min;
      if (!unit || amount === null) continue;
      const word = unit[1] ?? 'hour';
      yield {
        sentence: index,
        period: PERIOD_OF[word.toLowerCase()] ?? 'hour',
        hourly: impliedHourly(amount, word, weekly),
        start: s.start + m.start,
        end: s.start + m.end + unit[0].length,
      };
    }
  }
}

/** A test on a sentence by index, run once per sentence: many sums in one long sentence must not rescan it each time. */
function once(test: (index: number) => boolean): (index: number) => boolean {
  const seen = new Map<number, boolean>();
  return (index) => {
    const known = seen.get(index);
    if (known !== undefined) return known;
    const result = test(index);
    seen.set(index, result);
    return result;
  };
}

/** Offsets of pay stated in the text that is too good for the simple work around it, or null. */
export function tooGoodPayInText(sentences: readonly Span[], whole: string): { start: number; end: number } | null {
  const simpleAround = once((i) => simpleWork(`${sentences[i - 1]?.text ?? ''} ${sentences[i]?.text ?? ''} ${sentences[i + 1]?.text ?? ''}`) !== null);
  for (const pay of statedPay(sentences, whole)) {
    if (pay.hourly >= TOO_GOOD_HOURLY && simpleAround(pay.sentence)) return { start: pay.start, end: pay.end };
  }
  return null;
}

/**
 * Evidence that an hourly budget is too good: entry-level work above $150/hr, or simple work at
 * $60/hr or more. Expert posts are left alone: they pay for skill, whatever else they mention.
 */
export function tooGoodPayInFacts(facts: PayFacts, text: string): string | null {
  const { type, max, min } = facts.budget;
  const top = max ?? min;
  if (type !== 'hourly' || top === null) return null;
  if (facts.experienceLevel === 'entry' && top > TOO_GOOD_ENTRY_BUDGET) return `up to ${top}/hr for entry-level work`;
  if (facts.experienceLevel === 'expert' || top < TOO_GOOD_HOURLY) return null;
  const simple = simpleWork(text);
  return simple === null ? null : `up to ${top}/hr for ${simple}`;
}

/** Offsets of pay per day, week or month that comes to $5 an hour or less, stated as pay, or null. */
export function payBelowMarketInText(sentences: readonly Span[], whole: string): { start: number; end: number } | null {
  const saysPay = once((i) => PAY_WORDS.test(sentences[i]?.text ?? ''));
  for (const pay of statedPay(sentences, whole)) {
    if (pay.period === 'hour' || !saysPay(pay.sentence)) continue;
    if (pay.hourly <= BELOW_MARKET_HOURLY) return { start: pay.start, end: pay.end };
  }
  return null;
}

/** Evidence that a fixed price is far below the work a long post describes ("$7" for a seven-part analysis), or null. */
export function payBelowMarketInFacts(facts: PayFacts): string | null {
  const { type, max, min } = facts.budget;
  const top = max ?? min;
  if (type !== 'fixed' || top === null || top >= BELOW_MARKET_FIXED) return null;
  const words = (facts.description ?? '').split(/\s+/).filter(Boolean).length;
  return words >= SUBSTANTIAL_WORDS ? `a fixed price of $${top} for a ${words}-word brief` : null;
}
