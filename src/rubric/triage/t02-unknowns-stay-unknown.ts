import type { RuleHit, TriageRule } from '../types.ts';
import { factLeaves, type FactLeaf } from './fact-leaves.ts';
import { isSupported, readPostText } from './fact-support.ts';

function same(a: FactLeaf['value'], b: FactLeaf['value']): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}

/**
 * T02: unknowns stay unknown. A fact the parsed post left empty must stay empty, and every other
 * stated fact must either be what the parser read (structured input fields win over the text) or
 * be found in the post text. Without the post there is nothing to check against, so it passes.
 */
export const t02UnknownsStayUnknown: TriageRule<{ descriptionCoverage: number }> = {
  id: 'T02',
  target: 'triage',
  title: 'Unknowns stay unknown: every stated fact is in the post',
  severity: 'error',
  thresholds: { descriptionCoverage: 0.9 },
  check(triage, context, thresholds) {
    const post = context.post;
    if (post === null) return [];
    const parsed = new Map(factLeaves(post.facts).map((leaf) => [leaf.path, leaf.value]));
    const text = readPostText(post.text);
    const coverage = thresholds.descriptionCoverage;
    const hits: RuleHit[] = [];
    for (const leaf of factLeaves(triage.facts)) {
      if (leaf.value === null) continue;
      const fromParser = parsed.get(leaf.path);
      const evidence = `${leaf.path} = ${String(leaf.value)}`;
      if (leaf.kind !== 'skill' && fromParser === null) {
        hits.push({
          message: `The post does not state ${leaf.path}, but the triage gives it a value: leave unknown facts null.`,
          evidence,
        });
      } else if ((fromParser === undefined || !same(leaf.value, fromParser)) && !isSupported(leaf, text, coverage)) {
        hits.push({
          message: `The triage states ${leaf.path} but the post text does not support it: use only facts the post gives.`,
          evidence,
        });
      }
    }
    return hits;
  },
};
