import { countWords } from '../../text/text.ts';
import type { TriageRule } from '../types.ts';
import { deliverablesIn } from './scope.ts';

/** T11: a vague post (short, or naming nothing to deliver) gets at least one clarifying question. */
export const t11ClarifyingQuestions: TriageRule<{ minWords: number }> = {
  id: 'T11',
  target: 'triage',
  title: 'A vague scope yields clarifying questions',
  severity: 'warn',
  thresholds: { minWords: 40 },
  check(triage, _context, thresholds) {
    const { description, title } = triage.facts;
    const minWords = thresholds.minWords;
    const words = countWords(description);
    const why: string[] = [];
    if (words < minWords) why.push(`description has ${words} words (under ${minWords})`);
    if (deliverablesIn([title ?? '', description].join('\n')).length === 0) why.push('no concrete deliverable named');
    if (why.length === 0) return [];
    if (triage.clarifyingQuestions.some((question) => question.trim() !== '')) return [];
    return [
      {
        message: 'The scope is vague but the triage asks nothing: add at least one clarifying question for the client.',
        evidence: why.join('; '),
      },
    ];
  },
};
