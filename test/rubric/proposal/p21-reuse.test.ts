import { describe, expect, it } from 'vitest';
import type { StoredDraft } from '../../../src/domain/draft-record.ts';
import { p21Reuse as rule, reuseCandidates } from '../../../src/rubric/proposal/p21-reuse.ts';
import type { EarlierDraft } from '../../../src/rubric/types.ts';
import { check, draft, makeContext } from '../fixtures.ts';

const earlier = 'Your checkout is likely slow on phones because an app loads scripts on every cart view and shoppers leave.';

const kept = (text: string, fields: Partial<EarlierDraft> = {}): EarlierDraft => ({
  id: 'a1b2c3d4e5f60718',
  text,
  postTitle: null,
  createdAt: null,
  ...fields,
});

describe('P21 not a reuse of an earlier draft', () => {
  it('warns when most 5-word phrases repeat an earlier draft, naming it by post title, date and id', () => {
    const context = makeContext({
      earlierDrafts: [
        kept('unrelated text entirely here now', { id: 'other' }),
        kept(earlier, { postTitle: 'Shopify speed audit for a skincare store', createdAt: '2026-12-05T09:30:00.000Z' }),
      ],
    });
    const hits = check(rule, draft(`${earlier} Which apps matter?`), context);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('your draft for "Shopify speed audit for a skincare store" kept 2026-12-05 (id a1b2c3d4e5f60718)');
    expect(hits[0]?.message).not.toMatch(/#\d/);
    expect(hits[0]?.evidence).toMatch(/^overlap 0\.\d\d with draft a1b2c3d4e5f60718 \(limit 0\.5\)$/);
  });

  it('names an earlier draft of an untitled post by its id alone', () => {
    const hits = check(rule, draft(earlier), makeContext({ earlierDrafts: [kept(earlier)] }));
    expect(hits[0]?.message).toContain('repeat your draft (id a1b2c3d4e5f60718)');
  });

  it('passes a fresh draft and a draft with no earlier drafts', () => {
    const fresh = 'The product page images are uncompressed, which makes the first paint on a phone take far too long.';
    expect(check(rule, draft(fresh), makeContext({ earlierDrafts: [kept(earlier)] }))).toEqual([]);
    expect(check(rule, draft(earlier), makeContext({ earlierDrafts: [] }))).toEqual([]);
  });

  it('follows a raised overlap limit', () => {
    expect(check(rule, draft(earlier), makeContext({ earlierDrafts: [kept(earlier)] }), { maxOverlap: 1 })).toEqual([]);
  });
});

describe('reuseCandidates', () => {
  const stored = (text: string, postKey: string | null): StoredDraft => ({ ...kept(text), postKey }) as StoredDraft;

  it('leaves out drafts for the same post and the very text being checked, whatever its line endings', () => {
    const drafts = [stored('First line.\nSecond line.', null), stored('Another letter for another post.', 'other-post'), stored('Same post.', 'this-post')];
    expect(reuseCandidates(drafts, 'this-post', 'First line.\r\nSecond line.\r\n').map((entry) => entry.text)).toEqual(['Another letter for another post.']);
    expect(reuseCandidates(drafts, null).map((entry) => entry.text)).toHaveLength(3);
  });
});
