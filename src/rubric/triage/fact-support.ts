/**
 * Whether a post's text supports a stated fact: its number, its words or a phrase that means it
 * occur in the text. Deliberately forgiving about format ("$12K" supports 12000, "60%" supports
 * 0.6) and strict about substance (a number that is not there is not supported).
 */
import { extractNumbers, findTerms, numberValue, words } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';
import type { FactLeaf } from './fact-leaves.ts';

/** The post text, read once into the forms the checks need. */
export interface PostText {
  flat: string;
  words: Set<string>;
  numbers: number[];
}

/** Reads `text` for the support checks. */
export function readPostText(text: string): PostText {
  const numbers = extractNumbers(text)
    .map(numberValue)
    .filter((value): value is number => value !== null);
  return { flat: fold(text).replace(/\s+/g, ' '), words: new Set(words(text)), numbers };
}

function hasNumber(post: PostText, value: number): boolean {
  return post.numbers.some((n) => Math.abs(n - value) < 1e-9 * Math.max(1, Math.abs(value)));
}

function hasWords(post: PostText, value: string): boolean {
  const flat = fold(value).replace(/\s+/g, ' ').trim();
  if (post.flat.includes(flat)) return true;
  const tokens = words(value);
  return tokens.length > 0 && tokens.every((token) => post.words.has(token));
}

// "IntermediateLevel" is how some pages and exports write the tier.
const LEVEL_WORDS: Record<string, RegExp> = {
  entry: /\b(?:entry|beginner|junior)(?:level)?\b/,
  intermediate: /\b(?:intermediate|mid[- ]level)(?:level)?\b/,
  expert: /\b(?:expert|senior|advanced)(?:level)?\b/,
};
const BUDGET_TYPE_WORDS: Record<string, RegExp> = {
  hourly: /\bhourly\b|\bper hour\b|\/\s?(?:hr|hour)\b|\ban hour\b/,
  fixed: /\bfixed\b|\bflat (?:fee|rate|price)\b|\bone[- ]time\b|\blump sum\b|\bbudget\b/,
};
const CURRENCY_SIGNS: Record<string, RegExp> = {
  EUR: /€|\beuros?\b/,
  GBP: /£|\bpounds?\b/,
  INR: /₹|\brupees?\b/,
  JPY: /¥|\byen\b/,
};
const PAYMENT_VERIFIED = /\bpayment(?: method)?(?: is)? verified\b/;
const PAYMENT_UNVERIFIED = /\bpayment(?: method)?(?: is)? (?:not verified|unverified)\b|\bunverified payment\b/;

function currencySupported(post: PostText, code: string): boolean {
  if (post.words.has(code.toLowerCase())) return true;
  const sign = CURRENCY_SIGNS[code];
  if (sign !== undefined) return sign.test(post.flat);
  // Dollar currencies (USD, CAD, AUD, ...) are written with "$".
  return code.endsWith('D') && (post.flat.includes('$') || /\bdollars?\b/.test(post.flat));
}

/** True when the post text supports `leaf`; `minCoverage` is the share of a description's words that must occur. */
export function isSupported(leaf: FactLeaf, post: PostText, minCoverage: number): boolean {
  const { value } = leaf;
  if (value === null) return true;
  if (typeof value === 'number') {
    if (leaf.kind === 'percent' && value <= 1 && hasNumber(post, value * 100)) return true;
    if (leaf.kind === 'proposalsMin' && value === 0 && /\b(?:less than|fewer than|under)\b/.test(post.flat)) return true;
    return hasNumber(post, value);
  }
  if (typeof value === 'boolean') return (value ? PAYMENT_VERIFIED : PAYMENT_UNVERIFIED).test(post.flat);
  switch (leaf.kind) {
    case 'level':
      return LEVEL_WORDS[value]?.test(post.flat) ?? false;
    case 'budgetType':
      return BUDGET_TYPE_WORDS[value]?.test(post.flat) ?? false;
    case 'currency':
      return currencySupported(post, value);
    case 'skill':
      return findTerms(post.flat, [value]).length > 0;
    case 'date': {
      // A parser may rewrite "Member since Mar 2019" as an ISO date; the year must still be there.
      const year = /\b(\d{4})\b/.exec(value)?.[1];
      return hasWords(post, value) || (year !== undefined && post.words.has(year));
    }
    case 'description': {
      const tokens = words(value);
      const found = tokens.filter((token) => post.words.has(token)).length;
      return tokens.length === 0 || found / tokens.length >= minCoverage;
    }
    default:
      return hasWords(post, value);
  }
}
