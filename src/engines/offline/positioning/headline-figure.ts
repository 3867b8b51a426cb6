/**
 * The figure a headline may quote: one of the backing proof's own metrics, as the user confirmed
 * it. A before/after pair ("No-shows (before)" 18%, "No-shows (after)" 7%) reads as one change.
 */
import type { Metric, ProofItem } from '../../../domain/schemas.ts';

const PAIR = /^(.*?)\s*\((before|after)\)$/i;
/** Labels the case-study builder gives figures that only qualify another one. */
const QUALIFIER = /\((?:time frame|related figure)\)$/i;
/** A change or an amount ("+22%", "3x", "$1,200") says more in a headline than a bare count. */
const MEASURED_CHANGE = /[%$€£x+]|^-/i;

/** The metric as a phrase: "+22% mobile checkout completion", or "No-shows from 18% to 7%" for a pair. */
function phrase(metric: Metric, metrics: readonly Metric[]): string {
  const pair = PAIR.exec(metric.label);
  if (pair !== null) {
    const base = pair[1] ?? '';
    const other = metrics.find((candidate) => PAIR.exec(candidate.label)?.[1] === base && candidate !== metric);
    const before = pair[2]?.toLowerCase() === 'before' ? metric : other;
    const after = pair[2]?.toLowerCase() === 'after' ? metric : other;
    if (before !== undefined && after !== undefined) return `${base} from ${before.value} to ${after.value}`;
    return `${metric.value} ${base}`;
  }
  return `${metric.value} ${metric.label}`;
}

export interface HeadlineFigure {
  item: ProofItem;
  metric: Metric;
  text: string;
}

/** The first backing item's strongest metric as a phrase, or null when no backing item has one. */
export function headlineFigure(proof: readonly ProofItem[]): HeadlineFigure | null {
  for (const item of proof) {
    const usable = item.metrics.filter((metric) => !QUALIFIER.test(metric.label));
    const metric = usable.find((candidate) => MEASURED_CHANGE.test(candidate.value.trim())) ?? usable[0];
    if (metric !== undefined) return { item, metric, text: phrase(metric, usable) };
  }
  return null;
}
