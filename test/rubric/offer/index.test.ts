import { describe, expect, it } from 'vitest';
import { offerRules } from '../../../src/rubric/offer/index.ts';
import { buildOffer, run } from './build.ts';

describe('offerRules', () => {
  it('lists O01 to O06 without O05, in id order, all targeting offers', () => {
    expect(offerRules.map((rule) => rule.id)).toEqual(['O01', 'O02', 'O03', 'O04', 'O06']);
    expect(offerRules.every((rule) => rule.target === 'offer')).toBe(true);
  });

  it('passes a well-formed offer on every rule', () => {
    expect(offerRules.filter((rule) => run(rule, buildOffer()).length > 0).map((rule) => rule.id)).toEqual([]);
  });

  it('catches a task-shaped offer on several rules at once', () => {
    const offer = buildOffer({
      input: 'Write 10 blog posts',
      headline: 'Write 10 blog posts that will definitely double your traffic',
      exclusions: [],
      acceptanceCriteria: [],
      outcome: 'Seamless growth',
    });
    const failing = offerRules.filter((rule) => run(rule, offer).length > 0).map((rule) => rule.id);
    expect(failing).toEqual(['O01', 'O02', 'O03', 'O04', 'O06']);
  });
});
