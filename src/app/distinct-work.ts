import type { RankedProof } from '../domain/ports.ts';
import type { ProofItem } from '../domain/schemas.ts';
import { fold } from '../text/fold.ts';

/** What the item says happened, folded; null when it tells no story to compare (a bare credential). */
function storyKey(item: ProofItem): string | null {
  if ([item.problem, item.approach, item.result].every((text) => text.trim() === '')) return null;
  const figures = item.metrics.map((metric) => `${metric.label} ${metric.value}`);
  return fold([item.problem, item.approach, item.result, ...figures].join('\n'))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first `k` ranked items that tell different work, best first. An item telling the same story
 * as a better-ranked one (problem, approach, result and figures alike) is the same work saved twice,
 * by an import run twice or a case study saved again under a new id: citing both would tell the
 * client one story twice, figures and all.
 */
export function distinctWork(ranked: readonly RankedProof[], k: number): RankedProof[] {
  const seen = new Set<string>();
  const kept: RankedProof[] = [];
  for (const entry of ranked) {
    if (kept.length >= k) break;
    const key = storyKey(entry.item);
    if (key !== null && seen.has(key)) continue;
    if (key !== null) seen.add(key);
    kept.push(entry);
  }
  return kept;
}
