import { describe, expect, it } from 'vitest';
import { p18SelfPraise as rule } from '../../../src/rubric/proposal/p18-self-praise.ts';
import { check, draft } from '../fixtures.ts';

describe('P18 no empty self-praise', () => {
  it('warns on each self-praise phrase', () => {
    const hits = check(rule, draft("I'm a passionate, detail-oriented developer and I\u2019m confident I can do this."));
    expect(hits.map((hit) => hit.evidence)).toEqual(['passionate', 'detail-oriented', "i'm confident i can"]);
  });

  it('passes a draft that shows rather than tells', () => {
    expect(check(rule, draft('The cart loaded in 1.8 seconds after the rewrite.'))).toEqual([]);
  });
});
