/**
 * Finds the activity count in a task offer ("Write 10 blog posts" -> 10 "blog posts") so the
 * rewrite can move it out of the headline and into the deliverables.
 */

export interface ActivityCount {
  count: number;
  /** The thing counted, in the user's words ("blog posts"). */
  unit: string;
  /** The count and unit as written, for removing them from the task text. */
  text: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
  'a dozen': 12,
};

// Durations and money say how long or how much, not how many pieces of work.
const NOT_A_UNIT =
  /^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|yrs?|times?|percent|%|usd|eur|gbp|dollars?|euros?|pounds?|k|am|pm)$/i;
// Words that end the unit: "10 blog posts for my shop" -> "blog posts".
const UNIT_STOP = new Set([
  'for',
  'per',
  'a',
  'an',
  'the',
  'to',
  'in',
  'on',
  'about',
  'with',
  'each',
  'every',
  'and',
  'or',
  'from',
  'of',
  'that',
  'which',
  'by',
  'at',
  'into',
  'monthly',
  'weekly',
  'daily',
  'over',
  'within',
  'using',
  'via',
  'so',
  'who',
  'where',
  'when',
  'like',
  'as',
  'i',
  'we',
  'you',
  'my',
  'our',
  'your',
]);
// A count after these is usually scope ("a website for 3 restaurants"), not the amount of activity.
const PREPOSITION_BEFORE = /\b(?:for|in|within|over|under|by|after|than|from|at|between)\s+$/i;

const COUNT_PATTERN = new RegExp(
  String.raw`(?<![\w$€£/.,:#-])(\d{1,6}(?:,\d{3})*|a dozen|dozen|${Object.keys(NUMBER_WORDS)
    .filter((word) => !word.includes(' '))
    .join('|')})\+?\s+([A-Za-z][\w'’/-]*(?:\s+[A-Za-z][\w'’/-]*){0,5})`,
  'gi',
);

function toNumber(raw: string): number | null {
  const known = NUMBER_WORDS[raw.toLowerCase()];
  if (known !== undefined) return known;
  const value = Number(raw.replace(/,/g, ''));
  return Number.isInteger(value) && value > 0 ? value : null;
}

function unitFrom(wordsAfter: string): string {
  const unit: string[] = [];
  for (const word of wordsAfter.split(/\s+/)) {
    if (UNIT_STOP.has(word.toLowerCase()) || unit.length >= 4) break;
    unit.push(word.replace(/[.,;:!?)]+$/, ''));
    if (/[.,;:!?)]$/.test(word)) break;
  }
  return unit.join(' ');
}

/**
 * The first activity count in the text with the thing counted, or null. Durations ("2 weeks"),
 * money, years and counts after a preposition ("for 3 restaurants") are not activity counts.
 */
export function extractActivityCount(text: string): ActivityCount | null {
  for (const match of text.matchAll(COUNT_PATTERN)) {
    const [, rawCount = '', after = ''] = match;
    if (PREPOSITION_BEFORE.test(text.slice(0, match.index))) continue;
    if (/^(?:19|20)\d\d$/.test(rawCount)) continue;
    const count = toNumber(rawCount);
    const unit = unitFrom(after);
    const firstWord = unit.split(/\s+/)[0] ?? '';
    if (count === null || unit === '' || NOT_A_UNIT.test(firstWord)) continue;
    const written = text.slice(match.index, match.index + match[0].indexOf(after) + unit.length);
    return { count, unit, text: written };
  }
  return null;
}
