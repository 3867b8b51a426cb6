import { describe, expect, it } from 'vitest';
import { o06AiTells } from '../../../src/rubric/offer/o06-ai-tells.ts';
import { buildContext, buildOffer, run } from './build.ts';

describe('O06 no AI-tell vocabulary', () => {
  it('passes an offer in plain words', () => {
    expect(run(o06AiTells, buildOffer())).toEqual([]);
  });

  it('flags AI-tell words field by field', () => {
    const offer = buildOffer({
      headline: 'Seamless reconciliation for your records',
      deliverables: ['A robust table', 'An exception report'],
    });
    const hits = run(o06AiTells, offer);
    expect(hits.map((hit) => hit.message.split(' uses ')[0])).toEqual(['The headline', 'The deliverables[0]']);
  });

  it("adds the profile's own avoid words", () => {
    const offer = buildOffer({ outcome: 'A synergistic month-end.' });
    expect(run(o06AiTells, offer)).toEqual([]);
    expect(run(o06AiTells, offer, buildContext({ avoidWords: ['synergistic'] }))).toHaveLength(1);
  });

  it('ignores the task text the user typed in', () => {
    expect(run(o06AiTells, buildOffer({ input: 'Leverage spreadsheets' }))).toEqual([]);
  });
});
