import { describe, expect, it } from 'vitest';
import { readExample, useRunningApp, watchErrors } from './harness.ts';

const running = useRunningApp();
const RANK = { pursue: 0, consider: 1, skip: 2 } as const;

describe('the shortlist page in Chromium', () => {
  it('ranks three pasted posts, says how many are worth pursuing, and drafts for one', async () => {
    const page = await running.browser.newPage();
    const errors = watchErrors(page);
    const posts = await readExample('posts.txt');
    await page.goto(`${running.url}/shortlist`);
    await page.getByLabel('Job posts, separated by a line of ---').fill(posts);
    await page.getByRole('button', { name: 'Triage and rank' }).click();
    const entries = page.locator('.shortlist-entry');
    await expect(entries.count()).resolves.toBe(3);
    const verdicts = (await page.locator('.shortlist-entry .verdict').allTextContents()) as (keyof typeof RANK)[];
    expect(verdicts.map((verdict) => RANK[verdict])).toEqual([...verdicts.map((verdict) => RANK[verdict])].sort());
    const pursue = verdicts.filter((verdict) => verdict === 'pursue').length;
    await expect(page.locator('#shortlist-title').textContent()).resolves.toBe(`${pursue} of 3 worth pursuing`);
    const titles = await page.locator('.shortlist-entry__title').allTextContents();
    await page.getByRole('button', { name: 'Draft a proposal for this post' }).first().click();
    await page.locator('#proposal').waitFor({ timeout: 20_000 });
    await expect(page.locator('.post-title').textContent()).resolves.toBe(titles[0]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
