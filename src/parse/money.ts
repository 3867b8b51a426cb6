/**
 * Money amounts and ranges as job pages write them: "$1,500", "$2,500.00", "$1.5k", "€500",
 * "EUR 500", "500 GBP", "$15.00 - $35.00", "$22-$35", "up to $40". Matching runs on normalised
 * text (dashes are already "-").
 */

const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  $: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  AU$: 'AUD',
  A$: 'AUD',
  NZ$: 'NZD',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '¥': 'JPY',
};
const CODES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'INR', 'CHF', 'SGD', 'JPY', 'PLN', 'SEK', 'NOK', 'DKK', 'ZAR', 'AED'];

const SYM = String.raw`US\$|CA\$|C\$|AU\$|A\$|NZ\$|\$|€|£|₹|¥`;
const CODE = CODES.join('|');
// Bounded so a long run of digits and dots cannot make matching quadratic.
const NUM = String.raw`\d[\d.,]{0,15}\d|\d`;
const SUFFIX = String.raw`\s?(?:thousand|million)\b|[kKmM](?![A-Za-z])`;

// Either a currency before the number ("$500", "EUR 500") or after it ("500 EUR", "500€").
const AMOUNT = new RegExp(String.raw`(?:(${SYM})\s?|\b(${CODE})\s?)(${NUM})(${SUFFIX})?|\b(${NUM})(${SUFFIX})?\s?(?:(${CODE})\b|(€|£))`, 'g');
const RANGE_TAIL = new RegExp(String.raw`^\s*(?:-|to)\s*(?:${SYM})?\s?(${NUM})(${SUFFIX})?(?:\s?(?:${CODE})\b)?`);
const RANGE_HEAD = new RegExp(String.raw`(?:^|[^\d.,])(${NUM})(${SUFFIX})?\s*(?:-|to)\s*$`);
const BETWEEN_HEAD = /\bbetween\s*$/i;
const BETWEEN_TAIL = new RegExp(String.raw`^\s*and\s*(?:${SYM})?\s?(${NUM})(${SUFFIX})?`);
const MAX_ONLY = /\b(?:up to|under|below|less than|no more than|not more than|max(?:imum)?|at most|capped at)\s*:?\s*$/i;
const MIN_ONLY = /\b(?:from|at least|min(?:imum)?|starting (?:at|from)|more than|over)\s*:?\s*$/i;

/** A money amount or range found in a string; offsets are relative to that string. */
export interface MoneyRange {
  min: number | null;
  max: number | null;
  currency: string | null;
  start: number;
  end: number;
}

function multiplier(suffix: string | undefined): number {
  const s = (suffix ?? '').trim().toLowerCase();
  if (s === 'k' || s === 'thousand') return 1_000;
  if (s === 'm' || s === 'million') return 1_000_000;
  return 1;
}

/** Reads a written number: "1,500", "2,500.00", "1.5", European "1.500,00"; null when it is not one. */
export function parseNumber(raw: string): number | null {
  let s = raw;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  else if (/^\d+(,\d+)+$/.test(s)) s = s.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A number with an optional "k"/"M"/"thousand" suffix, rounded to cents. */
export function parseAmount(raw: string, suffix?: string): number | null {
  const n = parseNumber(raw);
  return n === null ? null : Math.round(n * multiplier(suffix) * 100) / 100;
}

/** Every money amount or range in `s`, with "up to"/"at least" and "+" turning it into an open range. */
export function findMoney(s: string): MoneyRange[] {
  const out: MoneyRange[] = [];
  for (const m of s.matchAll(AMOUNT)) {
    const start = m.index ?? 0;
    if (out.length > 0 && start < (out[out.length - 1]?.end ?? 0)) continue;
    const currencyAfter = m[7] ?? (m[8] ? SYMBOLS[m[8]] : undefined);
    const currency = m[1] ? (SYMBOLS[m[1]] ?? null) : (m[2] ?? currencyAfter ?? null);
    const rawNum = m[3] ?? m[5] ?? '';
    const suffix = m[4] ?? m[6];
    const value = parseAmount(rawNum, suffix);
    if (value === null) continue;
    const range: MoneyRange = { min: value, max: value, currency, start, end: start + m[0].length };
    extendRange(s, range, m[3] !== undefined, rawNum, suffix);
    applyQualifiers(s, range);
    out.push(range);
  }
  return out;
}

function extendRange(s: string, range: MoneyRange, currencyFirst: boolean, rawNum: string, suffix: string | undefined): void {
  const before = s.slice(Math.max(0, range.start - 40), range.start);
  // Bounded look-ahead keeps a line of thousands of amounts linear.
  const after = s.slice(range.end, range.end + 40);
  const tail = RANGE_TAIL.exec(after) ?? (BETWEEN_HEAD.test(before) ? BETWEEN_TAIL.exec(after) : null);
  if (currencyFirst && tail) {
    const second = parseAmount(tail[1] ?? '', tail[2]);
    if (second !== null) {
      // "$1-2k": the suffix written once applies to both ends.
      const first = !suffix && tail[2] && Number(rawNum) < Number(tail[1]) ? parseAmount(rawNum, tail[2]) : range.min;
      range.min = first;
      range.max = second;
      range.end += tail[0].length;
    }
    return;
  }
  if (!currencyFirst) {
    // "15.00 - 35.00 USD": the currency follows the second number.
    const head = RANGE_HEAD.exec(before);
    if (head) {
      const first = parseAmount(head[1] ?? '', head[2]);
      if (first !== null) {
        range.min = first;
        range.start -= head[0].length - (head[0].match(/^[^\d]/) ? 1 : 0);
      }
    }
  }
}

function applyQualifiers(s: string, range: MoneyRange): void {
  if (range.min !== range.max) return;
  const before = s.slice(Math.max(0, range.start - 30), range.start);
  if (s[range.end] === '+') {
    range.max = null;
    range.end += 1;
  } else if (MAX_ONLY.test(before)) {
    range.min = null;
  } else if (MIN_ONLY.test(before)) {
    range.max = null;
  }
}
