import { describe, expect, it } from 'vitest';
import { p04ClaimsCiteProof as rule } from '../../../src/rubric/proposal/p04-claims-cite-proof.ts';
import { check, draft, makeContext, makePost, makeProof } from '../fixtures.ts';

describe('P04 claims cite proof', () => {
  it('errors once per cited id that is not in the library', () => {
    const hits = check(rule, draft('Your checkout is slow.', { citations: ['ceramics-checkout', 'ghost-item', 'ghost-item'] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('ghost-item');
  });

  it('passes claims when the draft cites an existing proof id', () => {
    expect(check(rule, draft('I rebuilt a cart drawer for a client.', { citations: ['ceramics-checkout'] }))).toEqual([]);
  });

  it('passes a person\u2019s claim that shares terms with a proof item', () => {
    expect(check(rule, draft('I rewrote the cart drawer in Liquid for a ceramics shop.'))).toEqual([]);
  });

  it('passes a person\u2019s claim when the draft names a proof item by title', () => {
    expect(check(rule, draft('See "Ceramics store checkout rebuild". I helped them a lot.'))).toEqual([]);
  });

  it('passes a person\u2019s draft that names a real project, with no ids at all, and errs only on the claim nothing backs', () => {
    const text = [
      'Your checkout likely stalls on the cart page.',
      'I rewrote the cart drawer in Liquid for a ceramics shop, and mobile checkout completion rose 22%.',
      'I reviewed your post and your theme list.',
      'I also migrated a wine club to Shopify Plus and cut refunds by 40%.',
    ].join(' ');
    const hits = check(rule, draft(text));
    expect(hits.map((hit) => hit.evidence)).toEqual([expect.stringContaining('I also migrated a wine club')]);
  });

  it('names the nearest proof item in the evidence, and what it lacks', () => {
    const inflated = check(rule, draft('I rewrote the cart drawer in Liquid for a ceramics shop and checkout completion rose 45%.'));
    expect(inflated[0]?.evidence).toContain('(closest proof: ceramics-checkout "Ceramics store checkout rebuild", which does not hold 45%)');
    const unrelated = check(rule, draft('I built a payroll export in Liquid for a bakery chain.'));
    expect(unrelated[0]?.evidence).toMatch(/closest proof: ceramics-checkout .*which shares only 1 of the claim's \d distinctive terms/);
    const nothing = check(rule, draft('I audited payroll exports for a bakery chain.'));
    expect(nothing[0]?.evidence).toBe('I audited payroll exports for a bakery chain.');
  });

  it('fails an invented claim when the library is empty', () => {
    const hits = check(rule, draft('I built a checkout for a client that doubled sales.'), makeContext({ proof: [] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('library is empty');
  });

  it('fails a claim that matches nothing in the library', () => {
    const proof = [
      makeProof({
        id: 'tax-prep',
        title: 'Tax return preparation',
        clientType: 'accountant',
        problem: 'late filings',
        approach: 'spreadsheet',
        result: 'filed on time',
        metrics: [],
        skills: ['Excel'],
      }),
    ];
    const hits = check(rule, draft("I've built a React dashboard for a logistics company."), makeContext({ proof }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toContain('React dashboard');
  });

  it('passes a draft that makes no claim about past work', () => {
    expect(check(rule, draft("I'd start by auditing your cart scripts."), makeContext({ proof: [] }))).toEqual([]);
  });

  it('fails an unbacked claim even when another sentence cites a real proof id', () => {
    const text =
      'I rewrote the cart drawer in Liquid for a ceramics shop (ceramics-checkout).\n\nI also built a Flutter fitness tracker for a gym chain, and it won a design award.';
    const hits = check(rule, draft(text, { citations: ['ceramics-checkout'] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toContain('Flutter fitness tracker');
  });

  it('fails a claim that presents the post\u2019s own figures as the writer\u2019s record', () => {
    const context = makeContext({ post: makePost({ description: 'Our candle shop does $40,000 a month with mobile checkout completion at 1.2%.' }) });
    const hits = check(rule, draft('I grew a candle shop on Shopify to $40,000 a month and lifted mobile checkout completion to 1.2%.'), context);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toContain('$40,000');
  });

  it('passes a claim whose figures the backing proof item holds', () => {
    expect(check(rule, draft('I rewrote a cart drawer in Liquid and mobile checkout completion rose 22%.'))).toEqual([]);
  });

  it('passes a vague claim that sits beside a named proof item', () => {
    const text = 'Ceramics store checkout rebuild is the closest match. I helped them a lot with it.';
    expect(check(rule, draft(text, { citations: ['ceramics-checkout'] }))).toEqual([]);
  });
  it('reads the library anew when it changes, and the same answer from the same library array', () => {
    const claim = draft('I migrated a wine club to Shopify Plus and cut refunds by 40%.');
    const library = Object.freeze([makeProof()]);
    const before = check(rule, claim, makeContext({ proof: library as never }));
    expect(before).toHaveLength(1);
    expect(check(rule, claim, makeContext({ proof: library as never }))).toEqual(before);
    const wineClub = makeProof({
      id: 'wine-club',
      title: 'Wine club moved to Shopify Plus',
      problem: 'Refunds ate the margin.',
      metrics: [{ label: 'refunds', value: '-40%' }],
    });
    expect(check(rule, claim, makeContext({ proof: [...library, wineClub] }))).toEqual([]);
  });
});
