import { describe, expect, it } from 'vitest';
import { t01BestProof } from '../../../src/rubric/triage/t01-best-proof.ts';
import { buildContext, buildTriage, run } from './build.ts';

const match = (id: string) => ({ id, title: `Proof ${id}`, score: 2.5, matchedTerms: ['shopify'], relevance: 1, reasons: [] });

describe('T01 best proof', () => {
  const context = buildContext({ proof: [{ id: 'speed-audit' }, { id: 'shop-rebuild' }] });

  it('passes when every best proof id is in the library and the verdict is pursue', () => {
    const triage = buildTriage({ verdict: 'pursue', bestProof: [match('speed-audit')] });
    expect(run(t01BestProof, triage, context)).toEqual([]);
  });

  it('passes an empty best proof list (meaning none) when the verdict is not pursue', () => {
    expect(run(t01BestProof, buildTriage({ verdict: 'consider', bestProof: [] }), context)).toEqual([]);
  });

  it('flags a best proof id that the library does not hold', () => {
    const hits = run(t01BestProof, buildTriage({ bestProof: [match('speed-audit'), match('invented-case')] }), context);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('invented-case');
  });

  it('flags pursue without any proof', () => {
    const hits = run(t01BestProof, buildTriage({ verdict: 'pursue', bestProof: [] }), context);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/pursue/);
  });
});
