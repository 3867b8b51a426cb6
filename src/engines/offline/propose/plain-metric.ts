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
const QUALIFIED = /^(?:under|over|above|below|about|around|roughly|nearly|almost|less than|more than|up to)\s/i;

/** The metric as a phrase, or null when it reads badly in prose (a count of one: "1 steps removed"). */
export function plainMetric(metric: Pick<Metric, 'label' | 'value'>): string | null {
  const label = metric.label.trim();
  const value = metric.value.trim();
  if (PLAIN_NUMBER.test(value)) return value === '1' ? null : `${value} ${label}`;
  const signed = SIGNED_PERCENT.exec(value);
  if (signed !== null) return `${label} ${signed[1] === '+' ? 'up' : 'down'} ${signed[2]}`;
  if (/^from\s/i.test(value)) return `${label} went ${value}`;
  if (RANGE.test(value)) return `${label} went from ${value}`;
  if (QUALIFIED.test(value)) return `${label} ${value}`;
  return `${label} at ${value}`;
}
