import { describe, expect, it } from 'vitest';
import { parseJobPost } from '../../src/parse/parse-job-post.ts';
import { copiedBlockPage, FAKE_CLIENT_BLOCK } from '../helpers/copied-client-block.ts';

describe('an "About the client" block typed into the description', () => {
  it('does not change the client facts read from the page', () => {
    expect(parseJobPost(copiedBlockPage(true)).facts.client).toEqual(parseJobPost(copiedBlockPage(false)).facts.client);
    expect(parseJobPost(copiedBlockPage(true)).facts.client).toMatchObject({ paymentVerified: false, hireRate: 0, totalSpent: 0, rating: null });
  });

  it('is reported as a scam signal with the facts it claims', () => {
    const copied = parseJobPost(copiedBlockPage(true)).instructions;
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatchObject({ kind: 'ai_directed', purpose: 'scam', value: null });
    expect(copied[0]?.text).toContain('95% hire rate');
    expect(parseJobPost(copiedBlockPage(false)).instructions).toEqual([]);
  });

  it('is not reported when the page has only one client section', () => {
    expect(parseJobPost(`Fix my shop\n\nWe need a faster shop.\n\n${FAKE_CLIENT_BLOCK}`).instructions).toEqual([]);
  });
});
