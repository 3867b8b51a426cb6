/**
 * Phone numbers in free text: runs of digits checked by libphonenumber-js against the region the
 * text comes from, national numbers the text calls a phone ("ring me on 07911 ..."), and numbers
 * spelled out in words ("five five five, two one three ..."). Ticket, order and invoice numbers
 * are not phones. libphonenumber's own text scan is slow on long digit-and-space runs, so the
 * text is cut into short bounded candidates first and only those are handed to it.
 */
import { createRequire } from 'node:module';
import type { CountryCode } from 'libphonenumber-js';
import { alternation, CONTACT_WORDS } from './contact-words.ts';
import type { Span } from './contact-email.ts';

// A run of digits and separators that may be a phone number; bounded so a long run costs linear time.
const DIGIT_RUN = /(?<![\w$€£.,/#])\+?\(?\d[\d\s().-]{6,22}\d(?![\w%])/g;
// Words that call the number after them a phone ("Ring me on 07911 123456", "Signal: +44 ...").
const PHONE_CUE = /\b(?:call|ring|text|sms|phone|tel|telephone|mobile|cell|number|whats ?app|viber|signal|telegram)\b[^\d\n]{0,20}$/i;
// Words that make the number after them a reference: "ticket 2024-118-3392", "order #100234567".
const REFERENCE = /(?:#|\b(?:ticket|order|invoice|inv|ref|reference|case|po|sku|ean|upc|gtin|isbn|id|no|tracking|serial|batch|version|build)\b)[\s:#.-]{0,3}$/i;
// "2024-118-3392": a year, then groups: a dated reference, not a phone.
const YEAR_LED = /^(?:19|20)\d\d[-/.]\d/;
const MIN_DIGITS = 9;
// Checking a number costs far more than finding it: past this many digit runs (no real text has
// them) only numbers the text calls a phone are taken, so a wall of digits stays cheap.
const MAX_CHECKED = 200;
const NUMBER_WORD = alternation(CONTACT_WORDS.numberWords);
// Seven or more digits said as words in a row: a phone number written to slip past a filter.
const SPELLED = new RegExp(String.raw`\b(?:plus\s{1,3})?(?:${NUMBER_WORD}[\s,.-]{1,3}){6,19}${NUMBER_WORD}\b`, 'gi');

type PhoneLibrary = typeof import('libphonenumber-js');
let library: PhoneLibrary | undefined;
// Loaded on first use (its CommonJS build, so the caller stays synchronous): a text with no
// candidate number, which is most of them, never pays the 100-odd modules it takes to load.
const phoneLibrary = (): PhoneLibrary => {
  library ??= createRequire(import.meta.url)('libphonenumber-js') as PhoneLibrary;
  return library;
};

// Built on first use: naming every region through Intl costs a cold command about 30 ms.
let regions: ReadonlyMap<string, CountryCode> | undefined;
const regionNames = (): ReadonlyMap<string, CountryCode> => {
  if (regions === undefined) {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    regions = new Map(
      phoneLibrary()
        .getCountries()
        .map((code) => [(names.of(code) ?? code).toLowerCase(), code]),
    );
  }
  return regions;
};

/** The phone region for a country's English name ("United Kingdom" -> GB), or undefined. */
export function regionOf(country: string | null | undefined): CountryCode | undefined {
  return country ? regionNames().get(country.trim().toLowerCase()) : undefined;
}

const digitCount = (s: string): number => s.replace(/\D/g, '').length;

/**
 * Phone numbers in `text`. Numbers without a country code are read as `region`'s (the post's
 * country when known); the fallback is the United States, the largest marketplace client base.
 */
export function findPhones(text: string, region: CountryCode = 'US'): Span[] {
  const found: Span[] = [];
  let checked = 0;
  for (const m of text.matchAll(DIGIT_RUN)) {
    const at = m.index ?? 0;
    if (digitCount(m[0]) < MIN_DIGITS) continue;
    const before = text.slice(Math.max(0, at - 30), at);
    const cued = PHONE_CUE.test(before);
    if (REFERENCE.test(before.slice(-12)) || (YEAR_LED.test(m[0]) && !cued)) continue;
    checked += 1;
    const valid = checked <= MAX_CHECKED && phoneLibrary().findNumbers(m[0], { defaultCountry: region, v2: true }).length > 0;
    if (valid || cued) found.push({ start: at, end: at + m[0].length });
  }
  for (const m of text.matchAll(SPELLED)) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return found;
}
