import { describe, expect, it } from 'vitest';
import { readExample, submitPost, useRunningApp, watchErrors } from './harness.ts';

const running = useRunningApp();

describe('Mark as sent in Chromium', () => {
  it('tracks a streamed draft in one click, with its id, title, tone and cited proof, then shows /pipeline', async () => {
    const page = await running.browser.newPage();
    const errors = watchErrors(page);
    await submitPost(page, running.url, await readExample('job-post.txt'));
    const button = page.getByRole('button', { name: 'Mark as sent' });
    await button.waitFor({ state: 'visible' });
    const [draft] = (await running.store.listDrafts({ limit: 1 })).items;
    const cited = ((await page.locator('#proposal-citations code').allTextContents()) ?? []).sort();

    await button.click();
    await page.waitForURL(/\/pipeline\?tracked=tp-/);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Marked as sent');
    const [tracked] = (await running.store.listTrackedProposals({ limit: 10 })).items;
    expect(tracked).toMatchObject({ draftId: draft?.id, tone: 'plain', verdict: expect.stringMatching(/^(pursue|consider|skip)$/) });
    expect([...(tracked?.proofIds ?? [])].sort()).toEqual(cited);
    expect(tracked?.rubric).not.toBe('unknown');
    expect(await page.locator('#recent-title + table').textContent()).toContain(tracked?.jobTitle ?? '(none)');
    expect(await page.locator('.funnel-bar[data-stage="sent"]').getAttribute('data-count')).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works without JavaScript, from the draft the server wrote', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.url}/`);
    await page.getByLabel('Job post').fill(await readExample('job-post.txt'));
    await page.getByRole('button', { name: 'Triage and draft' }).click();
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.waitForURL(/\/pipeline\?tracked=/);
    const [draft] = (await running.store.listDrafts({ limit: 1 })).items;
    const [tracked] = (await running.store.listTrackedProposals({ limit: 1 })).items;
    expect(tracked?.draftId).toBe(draft?.id);
    await context.close();
  });
});
