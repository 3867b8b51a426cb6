import { LENGTH_BAND } from '../../domain/judgement.ts';
import type { ProposalRule } from '../types.ts';
import { countWords } from '../../text/text.ts';

/**
 * P13: length band. 120-300 words reads in one sitting; under 80 is too thin to hold a diagnosis
 * and proof, over 400 is skimmed. Over 5,000 characters most marketplaces cut the letter off.
 */
export const p13Length: ProposalRule<{ minWords: number; maxWords: number; warnUnder: number; warnOver: number; maxChars: number }> = {
  id: 'P13',
  target: 'proposal',
  title: 'Length band 120-300 words (warn under 80 or over 400; error over 5,000 characters)',
  severity: 'warn',
  thresholds: { ...LENGTH_BAND },
  check(subject, _context, thresholds) {
    const chars = subject.text.length;
    const count = countWords(subject.text);
    const maxChars = thresholds.maxChars;
    if (chars > maxChars) {
      return [
        {
          message: `The draft is ${chars} characters; marketplaces cut letters over ${maxChars}. Cut it to the diagnosis, one proof item and the first step.`,
          evidence: `${chars} characters, ${count} words`,
          severity: 'error',
        },
      ];
    }
    const under = thresholds.warnUnder;
    const over = thresholds.warnOver;
    const band = `${thresholds.minWords}-${thresholds.maxWords}`;
    if (count < under) {
      return [{ message: `The draft is ${count} words, too thin to carry a diagnosis, proof and a first step; aim for ${band}.`, evidence: `${count} words` }];
    }
    if (count > over) {
      return [{ message: `The draft is ${count} words and will be skimmed; aim for ${band}.`, evidence: `${count} words` }];
    }
    return [];
  },
};
