import type { ProposalRule, RuleHit } from '../types.ts';
import { AI_TELL_WORDS } from '../../text/vocabulary.ts';
import { countTerm, findTerms } from '../../text/text.ts';

/**
 * P16: words clients have learned to read as machine-written. The profile's own avoid-list adds
 * to the default one.
 */
export const p16AiTellWords: ProposalRule<{ maxHits: number }> = {
  id: 'P16',
  target: 'proposal',
  title: 'No AI-tell vocabulary',
  severity: 'warn',
  thresholds: { maxHits: 0 },
  check(subject, context, thresholds) {
    const list = [...AI_TELL_WORDS, ...context.profile.avoidWords];
    const found = findTerms(subject.text, list);
    const total = found.reduce((sum, term) => sum + countTerm(subject.text, term), 0);
    if (total <= thresholds.maxHits) return [];
    return found.map(
      (term): RuleHit => ({
        message: `"${term}" reads as machine-written to clients; say the plain thing it stands for.`,
        evidence: term,
      }),
    );
  },
};
