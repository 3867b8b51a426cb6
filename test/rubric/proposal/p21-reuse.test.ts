import { describe, expect, it } from 'vitest';
import { p21Reuse as rule } from '../../../src/rubric/proposal/p21-reuse.ts';
import { check, draft, makeContext } from '../fixtures.ts';

const earlier = 'Your checkout is likely slow on phones because an app loads scripts on every cart view and shoppers leave.';

describe('P21 not a reuse of an earlier draft', () => {
  it('warns when most 5-word phrases repeat an earlier draft, naming which and how much', () => {
    const hits = check(rule, draft(`${earlier} Which apps matter?`), makeContext({ earlierDrafts: ['unrelated text entirely here now', earlier] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('#2');
    expect(hits[0]?.evidence).toMatch(/overlap 0\.\d\d/);
  });

  it('passes a fresh draft and a draft with no earlier drafts', () => {
    const fresh = 'The product page images are uncompressed, which makes the first paint on a phone take far too long.';
    expect(check(rule, draft(fresh), makeContext({ earlierDrafts: [earlier] }))).toEqual([]);
    expect(check(rule, draft(earlier), makeContext({ earlierDrafts: [] }))).toEqual([]);
  });

  it('follows a raised overlap limit', () => {
    expect(check(rule, draft(earlier), makeContext({ earlierDrafts: [earlier] }), { maxOverlap: 1 })).toEqual([]);
  });
});
