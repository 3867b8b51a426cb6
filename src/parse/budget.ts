/**
 * The budget a post states: hourly or fixed, its range and currency. Page lines win ("Hourly:
 * $15.00 - $35.00", "$500" next to "Fixed-price", "Est. budget: $2,500"), then rates written in
 * the text ("$40/hr"), then a sentence that names its budget ("our budget is $800"). Amounts in
 * prose without such a cue (revenue, prices, counts) are never taken for a budget.
 */
import type { Budget } from '../domain/schemas.ts';
import { nearestLine, prepareDoc, type Span } from './doc.ts';
import { findMoney, type MoneyRange } from './money.ts';
import { linesBeforeClient } from './sections.ts';

type BudgetType = 'hourly' | 'fixed';

const UNKNOWN: Budget = { type: 'unknown', min: null, max: null, currency: null };

// A line that only names the contract type, as job pages show it next to the amount.
const TYPE_LINE =
  /^(?:job type\s*:?\s*|contract type\s*:?\s*|project type\s*:?\s*)?(hourly|fixed[- ]?price|fixed)(?:\s+(?:rate|range|job|project|contract|budget))?\s*(?:\(?\s*-?\s*(?:rate\s+)?not stated\s*\)?)?\s*:?$/i;
const BUDGET_LABEL_LINE = /^(?:est(?:imated|\.)?\s*)?budget\s*:?$/i;
const HOURLY_LABEL = /^(?:hourly(?:\s+(?:rate|range|budget|pay))?|rate|pay rate)\b/i;
const FIXED_LABEL = /\bfixed[- ]?price\b|\bfixed budget\b|\bfixed(?= *:)/i;
const BUDGET_LABEL = /\b(?:est(?:imated|\.)?\s*)?budget\s*(?:is|of|:|-|=)?\s*(?:around|about|approx\.?|approximately|roughly|~)?\s*$/i;
const RATE_UNIT = /^\s*(?:\/\s*|per\s+|an?\s+|each\s+)(?:hour|hr|h)\b|^\s*hourly\b|^\s*p\/h\b/i;
const HOURLY_WORD = /\bhourly\b|\/\s*(?:hr|hour)\b|\bper hour\b|\ban hour\b/i;
const CLIENT_HISTORY = /\b(?:avg|average|rate paid|total spent|spent|hires?)\b/i;
// "budget" and "compensation" may sit a few words before the amount; "pay" and "offer" only right before it,
// so "we offer free shipping over $50" is not a budget.
const PROSE_CUE =
  /\b(?:budget|compensation|willing to pay|price range|rate is|rate of)\b[^.!?\n$€£]{0,30}$|\b(?:pay|paying|offer|offering)\s+(?:you\s+)?(?:up to\s+|around\s+|about\s+|approximately\s+|roughly\s+)?$/i;
// "ad budget of $5,000" is money the freelancer spends, not what they are paid.
const SPEND_BUDGET = /\b(?:ad|ads|advertising|marketing|media|campaign|spend|paid|monthly ad)\s*budget\b/i;
const NOT_A_BUDGET = /\b(?:revenue|sales|raised|grew|growth|funding|worth|turnover|profit|earned|made|arr|mrr|valuation|spent|saved|generated)\b/i;

/** Reads the post's budget; `{ type: 'unknown', min: null, max: null, currency: null }` when it states none. */
export function parseBudget(text: string): Budget {
  const lines = linesBeforeClient(prepareDoc(text).lines);
  return fromPageLines(lines) ?? fromRates(lines) ?? fromProse(lines) ?? fromTypeOnly(lines) ?? UNKNOWN;
}

function isBudgetLabel(before: string): boolean {
  return BUDGET_LABEL.test(before) && !SPEND_BUDGET.test(before.slice(-40));
}

function budgetOf(type: BudgetType, money: MoneyRange): Budget {
  return { type, min: money.min, max: money.max, currency: money.currency };
}

function pageTypeHint(lines: Span[]): BudgetType | null {
  for (const line of lines) {
    const m = TYPE_LINE.exec(line.text);
    if (m) return typeWord(m[1] ?? '');
  }
  return null;
}

function typeWord(word: string): BudgetType {
  return /^hourly/i.test(word) ? 'hourly' : 'fixed';
}

function adjacentType(lines: Span[], index: number): BudgetType | null {
  for (const step of [1, -1] as const) {
    const near = nearestLine(lines, index, step);
    if (near === null) continue;
    const text = lines[near]?.text ?? '';
    const m = TYPE_LINE.exec(text);
    if (m) return typeWord(m[1] ?? '');
    if (BUDGET_LABEL_LINE.test(text)) return 'fixed';
  }
  return null;
}

// A line that holds an amount and nothing else but a rate unit or a type word.
function isMoneyOnly(line: string, money: MoneyRange[]): boolean {
  if (line.length > 120) return false;
  let rest = line;
  for (const m of [...money].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  rest = rest.replace(/\/\s*(?:hr|hour)\b|\bper hour\b|\bhourly\b|\bfixed[- ]?price\b|\bfixed\b|\bbudget\b/gi, '');
  return /^[\s:()\-|,.]*$/.test(rest);
}

function fromPageLines(lines: Span[]): Budget | null {
  const hint = pageTypeHint(lines);
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]?.text ?? '';
    const money = findMoney(text);
    const first = money[0];
    if (!first || CLIENT_HISTORY.test(text)) continue;
    if (HOURLY_LABEL.test(text)) return budgetOf('hourly', first);
    const fixed = FIXED_LABEL.exec(text);
    if (fixed) return budgetOf('fixed', money.find((m) => m.start > fixed.index) ?? first);
    const labelled = money.find((m) => isBudgetLabel(text.slice(Math.max(0, m.start - 60), m.start)));
    if (labelled) return budgetOf(HOURLY_WORD.test(text) ? 'hourly' : (hint ?? 'fixed'), labelled);
    if (isMoneyOnly(text, money)) {
      const type = HOURLY_WORD.test(text) ? 'hourly' : /\bfixed/i.test(text) ? 'fixed' : adjacentType(lines, i);
      if (type) return budgetOf(type, first);
    }
  }
  return null;
}

function fromRates(lines: Span[]): Budget | null {
  for (const line of lines) {
    if (CLIENT_HISTORY.test(line.text)) continue;
    for (const m of findMoney(line.text)) {
      if (RATE_UNIT.test(line.text.slice(m.end, m.end + 20))) return budgetOf('hourly', m);
    }
  }
  return null;
}

function fromProse(lines: Span[]): Budget | null {
  for (const line of lines) {
    for (const m of findMoney(line.text)) {
      const before = line.text.slice(Math.max(0, m.start - 60), m.start);
      if (!PROSE_CUE.test(before) || NOT_A_BUDGET.test(before) || SPEND_BUDGET.test(before)) continue;
      return budgetOf(HOURLY_WORD.test(line.text) ? 'hourly' : 'fixed', m);
    }
  }
  return null;
}

function fromTypeOnly(lines: Span[]): Budget | null {
  const hint = pageTypeHint(lines);
  return hint === null ? null : { type: hint, min: null, max: null, currency: null };
}
