import { describe, expect, it } from 'vitest';
import { p16AiTellWords as rule } from '../../../src/rubric/proposal/p16-ai-tell-words.ts';
import { check, draft, makeContext, makeProfile } from '../fixtures.ts';

describe('P16 no AI-tell vocabulary', () => {
  it('warns once per tell word found, whatever its case', () => {
    const hits = check(rule, draft('I will Leverage a robust, seamless process and leverage it again.'));
    expect(hits.map((hit) => hit.evidence)).toEqual(['leverage', 'seamless', 'robust']);
  });

  it('finds a tell in any inflection, once under its listed form', () => {
    const hits = check(rule, draft('I delved into the logs, streamlined the build and worked seamlessly, leveraging caching.'));
    expect(hits.map((hit) => hit.evidence)).toEqual(['delve', 'leverage', 'seamless', 'streamline']);
  });

  it('passes plain wording and words that merely share a tell\u2019s stem or letters', () => {
    expect(check(rule, draft('I will use a sturdy process: a pivot table, an elevator pitch and a robustly-named file.'))).toEqual([]);
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
