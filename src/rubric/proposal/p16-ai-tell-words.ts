import type { ProposalRule, RuleHit } from '../types.ts';
import { AI_TELL_WORDS } from '../../text/vocabulary.ts';
import { countInflected } from '../../text/inflect.ts';

/**
 * P16: words clients have learned to read as machine-written, in any inflection ("delved",
 * "leveraging"). The profile's own avoid-list adds to the default one.
 */
export const p16AiTellWords: ProposalRule<{ maxHits: number }> = {
  id: 'P16',
  target: 'proposal',
  title: 'No AI-tell vocabulary',
  severity: 'warn',
  thresholds: { maxHits: 0 },
  check(subject, context, thresholds) {
    const found = countInflected(subject.text, [...AI_TELL_WORDS, ...context.profile.avoidWords]);
    const total = found.reduce((sum, { count }) => sum + count, 0);
    if (total <= thresholds.maxHits) return [];
    return found.map(
      ({ term }): RuleHit => ({
        message: `"${term}" reads as machine-written to clients; say the plain thing it stands for.`,
        evidence: term,
      }),
    );
  },
};
