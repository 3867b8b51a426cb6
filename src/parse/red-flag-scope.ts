/**
 * Pay against scope: a fixed price that comes to a few dollars for each deliverable the post
 * counts. Counts are read as written ("100 articles") or derived from a rate and a duration ("32
 * weeks with 2 lectures every week" is 64 lectures), then priced at the floors in
 * src/parse/data/scope-floors.ts.
 */
import { SCOPE_FLOORS } from './data/scope-floors.ts';
import { NUMBER_WORDS, readCount } from './red-flag-pay.ts';

const FLOOR_OF: ReadonlyMap<string, number> = new Map(SCOPE_FLOORS.flatMap(({ units, floor }) => units.map((unit) => [unit, floor] as const)));
const UNIT = [...FLOOR_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const COUNT = String.raw`(\d{1,3}(?:,\d{3})?|${Object.keys(NUMBER_WORDS).join('|')})`;
// One adjective may sit between the count and the unit: "64 recorded lectures", "100 SEO articles".
const COUNTED = new RegExp(String.raw`(?<![\d$€£.,/-])${COUNT}\s+(?:[\w-]{1,20}\s+)?(${UNIT})\b`, 'gi');
const PER_PERIOD = /^\s*(?:every|per|a|each|an)\s+(week|month)\b/i;
const DURATION = new RegExp(String.raw`(?<![\d$€£.,/-])${COUNT}[\s-]+(weeks?|months?)\b`, 'i');
const WEEKS_PER_MONTH = 4.33;
// A deliverable counted once is a single job, whatever its price: only many pieces make scope.
const MIN_COUNT = 2;

/** The deliverables a post counts, with the words that counted them. */
interface Scope {
  count: number;
  unit: string;
  evidence: string;
}

/** The largest scope the text states, or null when it counts nothing priced in the floors. */
export function statedScope(text: string): Scope | null {
  let best: Scope | null = null;
  const duration = DURATION.exec(text);
  for (const m of text.matchAll(COUNTED)) {
    const unit = (m[2] ?? '').toLowerCase();
    let count = readCount(m[1]);
    let evidence = m[0];
    const per = PER_PERIOD.exec(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20));
    if (per && duration) {
      const weeks = readCount(duration[1]) * (/^month/i.test(duration[2] ?? '') ? WEEKS_PER_MONTH : 1);
      const periods = /^month/i.test(per[1] ?? '') ? weeks / WEEKS_PER_MONTH : weeks;
      count = Math.round(count * periods);
      evidence = `${m[0]} ${per[0].trim()} for ${duration[0]}`;
    }
    if (!Number.isFinite(count) || count < MIN_COUNT) continue;
    if (best === null || count * (FLOOR_OF.get(unit) ?? 0) > best.count * (FLOOR_OF.get(best.unit) ?? 0)) best = { count, unit, evidence };
  }
  return best;
}

/** Evidence that a fixed price is far below the scope the post counts, or null. */
export function payBelowScope(fixedPrice: number, text: string): string | null {
  const scope = statedScope(text);
  if (scope === null) return null;
  const floor = scope.count * (FLOOR_OF.get(scope.unit) ?? 0);
  if (fixedPrice >= floor) return null;
  const each = (fixedPrice / scope.count).toFixed(2);
  return `a fixed price of $${fixedPrice} for ${scope.count} ${scope.unit} (${scope.evidence}): $${each} each`;
}
