import { findTerms } from '../../text/text.ts';
import type { OfferRule } from '../types.ts';
import { AI_TELL_WORDS } from '../../text/vocabulary.ts';
import { offerFields } from './fields.ts';

/** O06: the offer avoids the words that read as machine-written, plus the user's own avoid list. */
export const o06AiTells: OfferRule = {
  id: 'O06',
  target: 'offer',
  title: 'No AI-tell vocabulary',
  severity: 'warn',
  thresholds: {},
  check(offer, context) {
    const terms = [...AI_TELL_WORDS, ...context.profile.avoidWords];
    return offerFields(offer).flatMap(({ field, text }) => {
      const found = findTerms(text, terms);
      if (found.length === 0) return [];
      return [
        {
          message: `The ${field} uses ${found.map((term) => `"${term}"`).join(', ')}: say it in plain words.`,
          evidence: text,
        },
      ];
    });
  },
};
