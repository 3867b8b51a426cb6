/**
 * Finds the figures in notes about finished work, each with a label from the words around it.
 * They are only candidates: a figure counts as a metric once the user confirms it.
 */
import type { Metric } from '../../../domain/schemas.ts';
import { BOUND } from '../propose/plain-metric.ts';
import { withoutLinks } from './case-notes.ts';

const TIME_UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)`;
// "41 a week", "3 per month": a rate belongs to its figure, so "from 41 a week to 2 a week" pairs up.
const RATE = String.raw`(?:\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month|quarter|year))`;
const VALUE = new RegExp(
  String.raw`(?:[$€£]\s?)?(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*(?:\s?(?:%|percent\b|[kKmM](?![\p{L}\p{N}])|x(?![\p{L}\p{N}])))?(?:\s+${TIME_UNIT}\b)?${RATE}?(?![\p{L}\p{N}])`,
  'gu',
);
// Function words trimmed from the edges of a label: "cut response time from" -> "cut response time".
const EDGE_WORDS = new Set([
  'from',
  'to',
  'by',
  'of',
  'at',
  'in',
  'on',
  'the',
  'a',
  'an',
  'with',
  'about',
  'around',
  'over',
  'than',
  'and',
  'or',
  'for',
  'into',
  'up',
  'down',
  'within',
  'under',
  'after',
  'per',
  'is',
  'was',
  'were',
  'are',
  'some',
  'roughly',
  'nearly',
  'almost',
  'approximately',
  'only',
  'just',
]);
// "Stock errors went from 41 to 2": the verb of the change, last in a label, is not what was measured.
const CHANGE_VERBS = new Set(['went', 'fell', 'rose', 'dropped', 'grew', 'moved', 'changed']);
// "match Shopify within 2%": the word that bounds a figure is part of its value, not of its label.
const QUALIFIER = new RegExp(`(?:^|\\s)(${BOUND})\\s+$`, 'i');
// "a strategy that was wasting $1,800 a month": the relative clause says what the figure is.
const RELATIVE = /\s(?:that|which|who)(?:\s(?:was|were|is|are|had been|has been))?(?=\s)/gi;
const CLAUSE_SPLIT = /\r?\n|[;:()[\]]|,\s|(?<=[.!?])\s+|\s+(?:and|but|while|so|which)\s+/i;
const MAX_LABEL_WORDS = 6;
const MAX_METRICS = 50;

function labelWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((word) => /[\p{L}]/u.test(word) && !/\d/.test(word))
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
}

/**
 * The label words before a figure. Across a relative clause ("paying for a bidding strategy that
 * was wasting") they are the noun it describes and its verb: "bidding strategy wasting".
 */
function wordsBefore(text: string): string[] {
  const relative = [...text.matchAll(RELATIVE)].pop();
  if (relative === undefined) return labelWords(text).slice(-MAX_LABEL_WORDS);
  const head = labelWords(text.slice(0, relative.index));
  let from = head.length;
  while (from > 0 && !EDGE_WORDS.has((head[from - 1] ?? '').toLowerCase())) from -= 1;
  return [...head.slice(from), ...labelWords(text.slice(relative.index + relative[0].length))].slice(-MAX_LABEL_WORDS);
}

function trimEdges(list: string[]): string[] {
  const out = [...list];
  while (out.length > 0 && EDGE_WORDS.has((out[0] ?? '').toLowerCase())) out.shift();
  const last = () => (out[out.length - 1] ?? '').toLowerCase();
  // A change verb alone ("Grew from 10 to 20 members") is all the label there is, so it stays.
  while (out.length > 0 && (EDGE_WORDS.has(last()) || (out.length > 1 && CHANGE_VERBS.has(last())))) out.pop();
  return out;
}

function isYear(value: string): boolean {
  return /^(?:19|20)\d\d$/.test(value);
}

/** Labels the figures of one clause from the words between it and its neighbouring figures. */
function clauseMetrics(clause: string): Metric[] {
  const matches = [...clause.matchAll(VALUE)].filter((match) => !isYear(match[0].trim()));
  const metrics: Metric[] = [];
  matches.forEach((match, i) => {
    const start = match.index;
    const end = start + match[0].length;
    const prevEnd = i > 0 ? (matches[i - 1]?.index ?? 0) + (matches[i - 1]?.[0].length ?? 0) : 0;
    const nextStart = matches[i + 1]?.index ?? clause.length;
    const qualifier = QUALIFIER.exec(clause.slice(prevEnd, start));
    const beforeText = clause.slice(prevEnd, qualifier === null ? start : start - qualifier[0].length);
    const before = wordsBefore(beforeText);
    const after = labelWords(clause.slice(end, nextStart)).slice(0, MAX_LABEL_WORDS);
    let label = trimEdges([...before, ...after]).join(' ');
    let bound = qualifier?.[1];
    const previous = metrics[metrics.length - 1];
    const between = clause.slice(prevEnd, start);
    if (previous !== undefined && /^\s*(?:to|->|→)\s*$/i.test(between)) {
      // "from 9 hours to 2 hours", "from 10 to 20 users": the two figures share a label, as before and after.
      const base = trimEdges([...labelWords(previous.label), ...after]).join(' ') || 'figure from the notes';
      previous.label = `${base} (before)`;
      label = `${base} (after)`;
    } else if (label === '' && previous !== undefined) {
      const timeFrame = /\b(?:in|over|within|after|for)\s*$/i.test(between) && new RegExp(`${TIME_UNIT}$`).test(match[0]);
      label = `${previous.label.replace(/ \((?:before|after)\)$/, '')} (${timeFrame ? 'time frame' : 'related figure'})`;
      // "grew 15% over 3 months": the "over" of a time frame says when, not how far.
      if (timeFrame) bound = undefined;
    }
    const value = bound === undefined ? match[0].trim() : `${bound} ${match[0].trim()}`;
    metrics.push({ label: (label || 'figure from the notes').replace(/[.,!?]+$/, '').slice(0, 200), value: value.slice(0, 100) });
  });
  return metrics;
}

/**
 * Every figure in the notes (web addresses and bare years left out) with a label from the words
 * around it, deduplicated, at most fifty. None of them is a metric until the user confirms it.
 */
export function findUnconfirmedMetrics(text: string): Metric[] {
  const seen = new Set<string>();
  const out: Metric[] = [];
  for (const clause of withoutLinks(text).split(CLAUSE_SPLIT)) {
    if (clause === undefined || !/\d/.test(clause)) continue;
    for (const metric of clauseMetrics(clause)) {
      const key = `${metric.label.toLowerCase()}|${metric.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(metric);
    }
  }
  return out.slice(0, MAX_METRICS);
}
