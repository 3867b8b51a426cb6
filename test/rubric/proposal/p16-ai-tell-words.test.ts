import { describe, expect, it } from 'vitest';
import { p16AiTellWords as rule } from '../../../src/rubric/proposal/p16-ai-tell-words.ts';
import { check, draft, makeContext, makeProfile } from '../fixtures.ts';

describe('P16 no AI-tell vocabulary', () => {
  it('warns once per tell word found, whatever its case', () => {
    const hits = check(rule, draft('I will Leverage a robust, seamless process and leverage it again.'));
    expect(hits.map((hit) => hit.evidence)).toEqual(['leverage', 'seamless', 'robust']);
  });

  it('passes plain wording and words that merely contain a tell', () => {
    expect(check(rule, draft('I will use a sturdy process. The leveraged buyout is not ours.'))).toEqual([]);
  });

  it('adds the profile\u2019s own avoid-words', () => {
    const context = makeContext({ profile: makeProfile({ avoidWords: ['synergies', 'circle back'] }) });
    expect(check(rule, draft('Let me circle back on the cart.'), context).map((hit) => hit.evidence)).toEqual(['circle back']);
  });

  it('tolerates as many hits as maxHits allows', () => {
    expect(check(rule, draft('A robust cart.'), makeContext(), { maxHits: 1 })).toEqual([]);
    expect(check(rule, draft('A robust, seamless cart.'), makeContext(), { maxHits: 1 })).toHaveLength(2);
  });
});
