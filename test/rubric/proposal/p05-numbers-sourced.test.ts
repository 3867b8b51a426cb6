import { describe, expect, it } from 'vitest';
import { p05NumbersSourced as rule } from '../../../src/rubric/proposal/p05-numbers-sourced.ts';
import { check, draft, expectShortEvidence, makeContext, makePost, makeProfile, makeProof } from '../fixtures.ts';

describe('P05 numbers sourced', () => {
  it('passes figures from the proof, the post and the profile however they are written', () => {
    const text = 'Cart load fell to 1.8 seconds and completion rose 22 %. Your $600 budget fits; my floor is 55 per hour.';
    expect(check(rule, draft(text))).toEqual([]);
  });

  it('errors on each figure no source holds, once per figure', () => {
    const hits = check(rule, draft('I lifted conversion by 35% and 35% again, saving $4,000.'));
    expect(hits.map((hit) => hit.message.split('"')[1])).toEqual(['35%', '$4,000']);
  });

  it('treats 0.6k as the post\u2019s 600', () => {
    expect(check(rule, draft('A budget of 0.6k is workable.'))).toEqual([]);
  });

  it('ignores list numbering and small bare counts, but not small counts with units', () => {
    expect(check(rule, draft('1. Audit the cart\n2. Remove 2 apps\n3. Report back'))).toEqual([]);
    const hits = check(rule, draft('I can finish it in 4 days.'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('"4"');
  });

  it('checks screening answers too', () => {
    const hits = check(rule, draft('Your cart is slow.', { screeningAnswers: [{ question: 'Years?', answer: 'About 12 years.' }] }));
    expect(hits).toHaveLength(1);
  });

  it('ignores digits inside links and e-mail addresses', () => {
    expect(check(rule, draft('See https://rowanpike.dev/work/7731 for details.'))).toEqual([]);
  });

  it('uses the profile\u2019s rates as a source', () => {
    const context = makeContext({ profile: makeProfile({ targetRate: 95 }) });
    expect(check(rule, draft('My rate is $95 an hour.'), context)).toEqual([]);
    expect(check(rule, draft('My rate is $95 an hour.'))).toHaveLength(1);
  });

  it('errors on a share whose number the sources hold only as a count', () => {
    const context = makeContext({ post: makePost({ description: 'We ship 35 orders a day.' }) });
    const hits = check(rule, draft('Stores like yours usually see returns fall by 35%.'), context);
    expect(hits.map((hit) => hit.message.split('"')[1])).toEqual(['35%']);
    expect(check(rule, draft('At 35 orders a day, a nightly job is enough.'), context)).toEqual([]);
  });

  it('ignores phone numbers but still checks figures beside them', () => {
    expect(check(rule, draft('Call me on +1 415 555 0182 or (212) 555-0147 today.'))).toEqual([]);
    const hits = check(rule, draft('Call +44 20 7946 0958 and I will cut load time by 40%.'));
    expect(hits.map((hit) => hit.message.split('"')[1])).toEqual(['40%']);
  });

  it('ignores the digits inside a cited proof id, even one missing from the library', () => {
    expect(check(rule, draft('See my cart work (cart-rebuild-2023).', { citations: ['cart-rebuild-2023'] }))).toEqual([]);
    const hits = check(rule, draft('In 2023 I rebuilt a cart (cart-rebuild-2023).', { citations: ['cart-rebuild-2023'] }));
    expect(hits.map((hit) => hit.message.split('"')[1])).toEqual(['2023']);
  });

  it('masks ids with dots and any case, from a library of thousands, and keeps a figure beside them', () => {
    const proof = Array.from({ length: 5000 }, (_, i) => makeProof({ id: `case-${i}.v2` }));
    const hits = check(rule, draft('My store work (see CASE-4999.v2, or x.case-12.v2) cut costs by 35%.'), makeContext({ proof }));
    expect(hits.map((hit) => hit.message.split('"')[1])).toEqual(['35%']);
  });

  it.each([
    ['digits', '7'],
    ['letters', 'a'],
    ['dots', '.'],
    ['address characters', 'a.b-c_d+'],
    ['spaced numbers', '1 '],
    ['amounts', '$1'],
  ])('reads a 200 KB run of %s, quoting short evidence', (_name, unit) => {
    // The run took minutes when each position rescanned it (bench/hostile-inputs.ts times it).
    expectShortEvidence(check(rule, draft(unit.repeat(Math.ceil(200_000 / unit.length)))));
  });
});
