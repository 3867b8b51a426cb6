import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/app/lint.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { readExample, useRunningApp, watchErrors } from './harness.ts';

const running = useRunningApp();

// Screenshots are for a person to look at; they go outside the repository when asked for.
const SHOTS = process.env.BIDWRIGHT_SHOTS_DIR;

const LETTER = `Your checkout loses buyers after the cart: the shipping step asks for the same address twice on phones.

I would leverage a duplicate theme to remove the repeated step, then compare one week of checkout completion against the week before.

Which phone and which browser show the worst drop in your analytics today?`;

async function keptDraft(): Promise<string> {
  const deps = { store: running.store, ranker: createProofRanker(), clock: { now: () => new Date() } };
  const report = await lint({ text: LETTER, jobPost: await readExample('job-post.txt') }, deps);
  return report.draftId ?? '';
}

describe('the draft history in Chromium', () => {
  it('opens a kept draft, marks a finding in the text, drops the mark once the edit fixes it, and saves a new version', async () => {
    const id = await keptDraft();
    const page = await running.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${running.url}/drafts`);
    await page.getByRole('link', { name: 'Drafts', exact: true }).first().waitFor();
    if (SHOTS) await mkdir(SHOTS, { recursive: true });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/drafts-1280.png`, fullPage: true });
    await page.locator('#draft-list a').first().click();
    await page.waitForURL(`${running.url}/drafts/${id}`);
    const mark = page.locator('#editor-backdrop mark[data-rule="P16"]');
    await expect(mark.textContent()).resolves.toBe('leverage');
    await expect(page.locator('#marked-findings .rule-name').first().textContent()).resolves.toMatch(/^P\d\d · \w/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/draft-1280.png`, fullPage: true });

    const editor = page.locator('#draft-text');
    const text = await editor.inputValue();
    const at = text.indexOf('leverage');
    await editor.focus();
    await editor.evaluate((node: { setSelectionRange(start: number, end: number): void }, [start, end]) => node.setSelectionRange(start, end), [at, at + 8] as [
      number,
      number,
    ]);
    await page.keyboard.type('use');
    await mark.waitFor({ state: 'detached' });
    await page.locator('#editor-status', { hasText: 'Checked.' }).waitFor();
    await expect(page.locator('.editor-findings [data-rule="P16"]').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.waitForURL(/\/drafts\/[0-9a-f]{16}\?saved=1$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Saved as version 2');
    await expect(page.locator('#version-list li').count()).resolves.toBe(2);
    await page.goto(`${running.url}/drafts`);
    await expect(page.locator('#draft-list li').first().textContent()).resolves.toContain('Edited · version 2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads on a phone and checks an edit without JavaScript', async () => {
    const id = await keptDraft();
    const context = await running.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.url}/drafts`);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/drafts-390.png`, fullPage: true });
    await page.goto(`${running.url}/drafts/${id}`);
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/draft-390.png`, fullPage: true });
    await page.locator('#draft-text').fill(LETTER.replace('leverage', 'use'));
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect(page.locator('#editor-backdrop mark[data-rule="P16"]').count()).resolves.toBe(0);
    await expect(page.locator('#draft-text').inputValue()).resolves.toContain('I would use a duplicate theme');
    await context.close();
  });
});
