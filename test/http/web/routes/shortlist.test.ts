import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BAKERY_POST, BAKERY_PROOF, makeWebApp, postForm } from '../web-app.ts';

/** A post bidwright should skip: an unpaid test task for a few dollars. */
const SKIP_POST = `Logo for my startup\n\nFixed-price $5\n\nDo a free sample logo first as an unpaid test; if I like it I will pay $5. Payment method not verified.`;

describe('the shortlist page', () => {
  it('keeps a card for a post to pursue or consider and puts each skip on one compact line with a small draft link', async () => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    const examples = await readFile(new URL('../../../../examples/posts.txt', import.meta.url), 'utf8');
    const page = await (await postForm(app, '/shortlist', { posts: `${BAKERY_POST}\n---\n${SKIP_POST}\n---\n${examples}` })).text();
    const list = /<ol class="shortlist">([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '';
    const entries = list.split('<li class="shortlist-entry ').slice(1);
    const skips = entries.filter((entry) => entry.includes('verdict--skip'));
    const others = entries.filter((entry) => !entry.includes('verdict--skip'));
    expect(skips.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    for (const skip of skips) {
      expect(skip.startsWith('shortlist-entry--skip shortlist-entry--compact"')).toBe(true);
      expect(skip).toContain('class="link-button"');
      expect(skip).not.toMatch(/Draft a proposal for this post|shortlist-entry__meta|market-note/);
    }
    for (const card of others) {
      expect(card).not.toContain('shortlist-entry--compact');
      expect(card).toContain('Draft a proposal for this post');
    }
  });
});
