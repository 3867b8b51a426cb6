import { countWords } from '../../text/text.ts';
import type { TriageRule } from '../types.ts';
import { findReason, NEGATIVE } from './reasons.ts';
import { deliverablesIn, largeScopePhrases } from './scope.ts';

/** T09: a small fixed budget for a large build is named as a scope mismatch among the reasons. */
export const t09ScopeBudget: TriageRule<{ smallBudget: number; manyDeliverables: number; largeWords: number }> = {
  id: 'T09',
  target: 'triage',
  title: 'A small fixed budget against a large scope is flagged',
  severity: 'warn',
  thresholds: { smallBudget: 500, manyDeliverables: 5, largeWords: 250 },
  check(triage, _context, thresholds) {
    const { budget, description, title } = triage.facts;
    const amount = budget.max ?? budget.min;
    if (budget.type !== 'fixed' || amount === null || amount >= thresholds.smallBudget) return [];
    const text = [title ?? '', description].join('\n');
    const signs: string[] = [];
    const deliverables = deliverablesIn(text);
    if (deliverables.length >= thresholds.manyDeliverables) {
      signs.push(`${deliverables.length} deliverables (${deliverables.join(', ')})`);
    }
    signs.push(...largeScopePhrases(text).map((phrase) => `"${phrase}"`));
    const words = countWords(description);
    if (words > thresholds.largeWords) signs.push(`${words}-word description`);
    if (signs.length === 0 || findReason(triage.reasons, ['scope'], NEGATIVE)) return [];
    return [
      {
        message: `A fixed budget of ${amount} is small for this scope: add a negative reason with signal "scope" (or propose a smaller first milestone).`,
        evidence: signs.join('; '),
      },
    ];
  },
};
