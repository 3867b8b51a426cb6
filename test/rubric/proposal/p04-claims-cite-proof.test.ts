import { describe, expect, it } from 'vitest';
import { p04ClaimsCiteProof as rule } from '../../../src/rubric/proposal/p04-claims-cite-proof.ts';
import { check, draft, makeContext, makeProof } from '../fixtures.ts';

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

  it('fails an invented claim when the library is empty', () => {
    const hits = check(rule, draft('I built a checkout for a client that doubled sales.'), makeContext({ proof: [] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('library is empty');
  });

  it('fails a claim that matches nothing in the library', () => {
    const proof = [makeProof({ id: 'tax-prep', title: 'Tax return preparation', clientType: 'accountant', problem: 'late filings', approach: 'spreadsheet', result: 'filed on time', metrics: [], skills: ['Excel'] })];
    const hits = check(rule, draft("I've built a React dashboard for a logistics company."), makeContext({ proof }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toContain('React dashboard');
  });

  it('passes a draft that makes no claim about past work', () => {
    expect(check(rule, draft("I'd start by auditing your cart scripts."), makeContext({ proof: [] }))).toEqual([]);
  });
});
