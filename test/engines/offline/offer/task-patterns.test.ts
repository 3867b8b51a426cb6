import { describe, expect, it } from 'vitest';
import { Offer } from '../../../../src/domain/schemas.ts';
import { offlineContent } from '../../../../src/engines/offline/content/load-content.ts';
import { composeOffer } from '../../../../src/engines/offline/offer/compose-offer.ts';
import { genericFrame } from '../../../../src/engines/offline/offer/generic-frame.ts';
import { bannedTerms } from '../../../../src/engines/offline/offer/plain-words.ts';
import { scoreOffer } from '../../../../src/rubric/run-rubric.ts';
import { findTerms } from '../../../../src/text/text.ts';
import { AI_TELL_WORDS, GUARANTEE_PHRASES } from '../../../../src/text/vocabulary.ts';
import { rubricContext } from './offer-fixtures.ts';

const TASK_PATTERNS = offlineContent().taskPatterns;
const FRAMES = [...TASK_PATTERNS, genericFrame('tune pianos in Lyon', 'human_critical', 'Done in person.')];
const NUMBER_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds?|thousands?)\b/i;
const OfferDraftSchema = Offer.omit({ findings: true, engine: true });

function prose(frame: (typeof FRAMES)[number]): string[] {
  return [
    frame.reason,
    frame.buyer,
    frame.problem,
    frame.before,
    frame.after,
    frame.outcome,
    frame.headline,
    frame.repackage,
    frame.countedDeliverable.counted,
    frame.countedDeliverable.uncounted,
    ...frame.deliverables,
    ...frame.inclusions,
    ...frame.exclusions,
    ...frame.acceptanceCriteria,
  ];
}

describe('the task pattern table', () => {
  it('holds at least thirty patterns with unique ids', () => {
    expect(TASK_PATTERNS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(TASK_PATTERNS.map((pattern) => pattern.id)).size).toBe(TASK_PATTERNS.length);
  });

  it('uses every exposure label more than once', () => {
    for (const level of ['automatable', 'ai_assisted', 'human_critical'] as const) {
      expect(TASK_PATTERNS.filter((pattern) => pattern.level === level).length).toBeGreaterThan(1);
    }
  });

  it.each(FRAMES)('keeps figures and number words out of the promise fields of "$id"', (frame) => {
    for (const text of [frame.headline, frame.outcome, frame.before, frame.after, frame.buyer, frame.problem]) {
      expect(text).not.toMatch(/\d/);
      expect(text).not.toMatch(NUMBER_WORDS);
    }
  });

  it.each(FRAMES)('writes "$id" without AI-tell words or guarantees', (frame) => {
    for (const text of prose(frame)) {
      expect(findTerms(text, AI_TELL_WORDS)).toEqual([]);
      expect(findTerms(text, GUARANTEE_PHRASES)).toEqual([]);
    }
  });

  it.each(FRAMES)('gives "$id" a counted deliverable template, scope terms and a repackaging suggestion', (frame) => {
    expect(frame.countedDeliverable.counted).toMatch(/^\{count\} \{unit\}/);
    expect(frame.countedDeliverable.uncounted).not.toContain('{');
    expect(frame.inclusions.length).toBeGreaterThan(0);
    expect(frame.exclusions.length).toBeGreaterThan(0);
    expect(frame.acceptanceCriteria.length).toBeGreaterThan(0);
    expect(frame.valueLevers.length).toBeGreaterThan(0);
    expect(frame.repackage.length).toBeGreaterThan(20);
  });

  it.each(FRAMES)('composes "$id" into a schema-valid offer with no rubric finding, with and without a count', (frame) => {
    const banned = bannedTerms([]);
    for (const count of [null, { count: 7, unit: 'pieces', text: '7 pieces' }]) {
      const input = count === null ? `Sell ${frame.id}` : `Do 7 pieces of ${frame.id}`;
      const offer = composeOffer({ input, frame, count, phrase: frame.id, proof: [], banned });
      expect(() => OfferDraftSchema.parse(offer)).not.toThrow();
      if (count !== null) expect(offer.deliverables[0]).toMatch(/^7 pieces\b/);
      expect(scoreOffer({ ...offer, engine: 'offline' }, rubricContext()).findings).toEqual([]);
    }
  });
});
