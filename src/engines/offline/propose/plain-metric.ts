/**
 * A proof item's metric in plain words: "6 hours of manual reporting saved each week", "median time
 * to first call went from 2 days to 20 minutes", "mobile checkout completion up 18%", rather than a
 * label with its value in brackets. The figure is the item's own, character for character, so the
 * rubric still finds its source.
 */
import type { Metric } from '../../../domain/schemas.ts';

const PLAIN_NUMBER = /^\d[\d,.]*$/;
const SIGNED_PERCENT = /^([+-])(\d[\d,.]*%)$/;
// "1.8% to 2.9%": a before and after without the "from".
const RANGE = /^\S{1,20}\s+to\s+\S{1,20}$/;
/** Words that bound a figure ("within 2%", "at least 40"), as a regex alternation. */
export const BOUND = 'under|over|above|below|about|around|roughly|nearly|almost|approximately|within|less than|more than|at least|at most|up to';
// "within 2%": the value says how it bounds the figure, so it reads as written.
const QUALIFIED = new RegExp(`^(?:${BOUND})\\s`, 'i');
// A label ending on its preposition ("match Shopify within", "cut costs by") takes the value straight after.
const LEADS_IN = new RegExp(`\\s(?:${BOUND}|by|to|at|of|for|in)$`, 'i');

/** The metric as a phrase, or null when it reads badly in prose (a count of one: "1 steps removed"). */
export function plainMetric(metric: Pick<Metric, 'label' | 'value'>): string | null {
  const label = metric.label.trim();
  const value = metric.value.trim();
  if (PLAIN_NUMBER.test(value)) return value === '1' ? null : `${value} ${label}`;
  const signed = SIGNED_PERCENT.exec(value);
  if (signed !== null) return `${label} ${signed[1] === '+' ? 'up' : 'down'} ${signed[2]}`;
  if (/^from\s/i.test(value)) return `${label} went ${value}`;
  if (RANGE.test(value)) return `${label} went from ${value}`;
  if (QUALIFIED.test(value) || LEADS_IN.test(label)) return `${label} ${value}`;
  return `${label} at ${value}`;
}
