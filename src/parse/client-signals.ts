/**
 * The client's history as a job page shows it: payment verification, rating and reviews, country,
 * jobs posted, hire rate, open jobs, total spent, hires, average rate paid, member since.
 * Patterns are anchored to short page lines (or comma-separated parts of them) so a description
 * that says "write 20 product reviews" does not become the client's review count.
 */
import type { ClientSignals } from '../domain/schemas.ts';
import { createCountryMatcher } from './country.ts';
import { prepareDoc, type Span } from './doc.ts';
import { findMoney } from './money.ts';
import { clientSectionStart, copiedClientBlocks } from './sections.ts';

const MAX_LINE = 100;
const matchCountry = createCountryMatcher();

type Reader = (segment: string, signals: ClientSignals) => boolean;

const num = (s: string | undefined): number => Number((s ?? '').replace(/,/g, ''));

function moneyValue(s: string): number | null {
  return findMoney(s)[0]?.min ?? null;
}

// Each reader fills one or two fields from one part of a line and says whether it recognised it.
const READERS: Reader[] = [
  (s, c) => {
    if (/^payment (?:method )?(?:is )?(?:not verified|unverified)$|^unverified payment(?: method)?$/i.test(s)) return set(c, 'paymentVerified', false);
    if (/^payment (?:method )?(?:is )?verified$|^verified payment(?: method)?$/i.test(s)) return set(c, 'paymentVerified', true);
    return false;
  },
  (s, c) => {
    const m = /^rating(?: is|:)?\s*(\d(?:\.\d{1,2})?)\s*(?:out of|of|\/)\s*5(?:\s*stars?)?\.?$/i.exec(s);
    return m ? set(c, 'rating', Number(m[1])) : false;
  },
  (s, c) => {
    const m = /^(\d(?:\.\d{1,2})?)\s+of\s+(\d[\d,]*)\s+reviews?$/i.exec(s);
    if (!m) return false;
    set(c, 'rating', Number(m[1]));
    return set(c, 'reviews', num(m[2]));
  },
  (s, c) => {
    const m = /^(\d(?:\.\d{1,2})?)\s*(?:\/\s*5|out of 5|stars?)$/i.exec(s);
    return m ? set(c, 'rating', Number(m[1])) : false;
  },
  (s, c) => {
    const m = /^\(?(\d[\d,]*)\s+reviews?\)?$|^reviews\s*:\s*(\d[\d,]*)$/i.exec(s);
    if (m) return set(c, 'reviews', num(m[1] ?? m[2]));
    return /^no reviews(?: yet)?$/i.test(s) ? set(c, 'reviews', 0) : false;
  },
  (s, c) => {
    const m = /^(\d[\d,]*)\s+jobs?\s+posted$|^jobs posted\s*:\s*(\d[\d,]*)$/i.exec(s);
    return m ? set(c, 'jobsPosted', num(m[1] ?? m[2])) : false;
  },
  (s, c) => {
    const m = /^(\d{1,3}(?:\.\d+)?)\s*%\s+hire rate$|^hire rate\s*:\s*(\d{1,3}(?:\.\d+)?)\s*%$/i.exec(s);
    return m ? set(c, 'hireRate', Number(m[1] ?? m[2])) : false;
  },
  (s, c) => {
    const m = /^(\d[\d,]*)\s+open jobs?$|^open jobs?\s*:\s*(\d[\d,]*)$/i.exec(s);
    return m ? set(c, 'openJobs', num(m[1] ?? m[2])) : false;
  },
  (s, c) => {
    if (!/^\S.*\s+total spent$|^total spent\s*:/i.test(s)) return false;
    const value = moneyValue(s);
    return value === null ? false : set(c, 'totalSpent', value);
  },
  (s, c) => {
    const m = /^(\d[\d,]*)\s+hires?$|^hires\s*:\s*(\d[\d,]*)$/i.exec(s);
    return m ? set(c, 'hires', num(m[1] ?? m[2])) : false;
  },
  (s, c) => {
    if (!/avg(?:\.|erage)? hourly rate(?: paid)?/i.test(s)) return false;
    const value = moneyValue(s);
    return value === null ? false : set(c, 'avgHourlyRate', value);
  },
];

function set<K extends keyof ClientSignals>(c: ClientSignals, key: K, value: ClientSignals[K]): true {
  if (c[key] === null) c[key] = value;
  return true;
}

/** An empty set of client signals: every field unknown. */
export function emptyClientSignals(): ClientSignals {
  return {
    paymentVerified: null,
    rating: null,
    reviews: null,
    country: null,
    jobsPosted: null,
    hireRate: null,
    openJobs: null,
    totalSpent: null,
    hires: null,
    avgHourlyRate: null,
    memberSince: null,
  };
}

// Commas inside "$1,200" or "Mar 12, 2019" are not separators; ", " followed by a letter or digit group is.
function segments(line: string): string[] {
  return line
    .split(/\s*[|·•]\s*|,\s+(?=\d+\s+\D|[A-Za-z])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// Reads one line; on a line that holds other client signals, a bare "4.95" part is the rating
// and a country part is the location ("Payment verified | 4.95 | United Kingdom").
function readLine(line: string, c: ClientSignals): boolean {
  if (line.length > MAX_LINE) return false;
  const member = /^member since\s*:?\s*(.{3,30})$/i.exec(line);
  if (member) return set(c, 'memberSince', (member[1] ?? '').trim());
  const parts = segments(line);
  const rest = parts.filter((part) => !READERS.some((read) => read(part, c)));
  if (rest.length === parts.length) return false;
  for (const part of rest) {
    if (c.rating === null && /^[0-5]\.\d{1,2}$/.test(part) && Number(part) <= 5) c.rating = Number(part);
    else if (c.country === null) c.country = matchCountry(part);
  }
  return true;
}

/** True when `line` is one of the client-history lines a job page shows (used to keep them out of the description). */
export function isClientLine(line: string): boolean {
  return readLine(line.trim(), emptyClientSignals());
}

/**
 * Every client signal the page states; fields it does not state stay null. A copy of a client block
 * typed into the description is not read: its claims are not the page's facts.
 */
export function parseClientSignals(text: string): ClientSignals {
  const doc = prepareDoc(text);
  const c = emptyClientSignals();
  const hits: number[] = [];
  const copied = copiedClientBlocks(doc.lines, isClientLine);
  doc.lines.forEach((line, i) => {
    if (copied.some((block) => i >= block.start && i < block.end)) return;
    if (readLine(line.text, c)) hits.push(i);
  });
  const clientLines = clientArea(doc.lines, hits);
  c.country = findCountry(doc.lines, clientLines) ?? c.country;
  // A bare "4.95" is a rating only where the page shows the client's history.
  const bare = clientLines.find((line) => /^[0-5]\.\d{1,2}$/.test(line.text) && Number(line.text) <= 5);
  if (c.rating === null && bare) c.rating = Number(bare.text);
  return c;
}

// The client section when the page has a heading for it, else the lines around recognised client lines.
function clientArea(lines: Span[], hits: number[]): Span[] {
  const start = clientSectionStart(lines);
  if (start !== null) return lines.slice(start + 1);
  return lines.filter((_, i) => hits.some((h) => Math.abs(h - i) <= 4 && h !== i));
}

// The country: a "Location: X" line, else a country line in the client section, else one next to other client lines.
function findCountry(lines: Span[], clientLines: Span[]): string | null {
  for (const line of lines) {
    const m = /^(?:client\s+)?(?:location|country)\s*[:-]\s*(.+)$/i.exec(line.text);
    const country = m ? matchCountry(m[1] ?? '') : null;
    if (country) return country;
  }
  for (const line of clientLines) {
    if (line.text.length === 0 || line.text.length > 60) continue;
    const country = matchCountry(line.text);
    if (country) return country;
  }
  return null;
}
