import { describe, expect, it } from 'vitest';
import { frames } from '../../src/engines/offline/propose/phrasing.ts';
import { countWords } from '../../src/text/text.ts';
import { inPage, readExample, submitPost, useRunningApp, watchErrors } from './harness.ts';

const running = useRunningApp();

/** Greetings the warm tone may open with and the plain tone never does. */
function warmOnlyGreetings(): string[] {
  const { plain, warm } = frames('greeting');
  const plainOnes = new Set(plain.map((greeting) => greeting.trim()));
  return warm.map((greeting) => greeting.trim()).filter((greeting) => greeting !== '' && !plainOnes.has(greeting));
}

describe('Regenerate in Chromium', () => {
  it('redrafts with the tone and length chosen after the first draft, as the next variant', async () => {
    const page = await running.browser.newPage();
    const errors = watchErrors(page);
    await submitPost(page, running.url, await readExample('job-post.txt'));
    const standard = (await page.locator('#proposal-text').textContent()) ?? '';
    expect(await page.locator('#proposal-variant').textContent()).toBe('Variant 0');
    await inPage(page, 'window.__samePage = true');

    await page.getByLabel('Tone').selectOption('warm');
    await page.getByLabel('Length').selectOption('short');
    await page.getByRole('button', { name: 'Regenerate' }).click();
    await expect.poll(() => page.locator('#proposal-text').textContent()).not.toBe(standard);
    await page.locator('#proposal[data-state="done"]').waitFor({ timeout: 20_000 });

    const warm = (await page.locator('#proposal-text').textContent()) ?? '';
    expect(warm).not.toBe(standard);
    expect(countWords(warm)).toBeLessThan(countWords(standard));
    expect(warmOnlyGreetings().some((greeting) => warm.startsWith(greeting))).toBe(true);
    expect(await page.locator('#proposal-variant').textContent()).toBe('Variant 1');
    expect(await inPage<unknown>(page, 'window.__samePage')).toBe(true);
    expect((await running.store.listDrafts({ limit: 100 })).items[0]?.text).toBe(warm);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends an edited post to the server for a new triage before drafting it again', async () => {
    const page = await running.browser.newPage();
    const errors = watchErrors(page);
    const post = await readExample('job-post.txt');
    await submitPost(page, running.url, post);
    await inPage(page, 'window.__samePage = true');
    await page.getByLabel('Job post').fill(`Cake shop website rescue\n\n${post}`);
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Regenerate' }).click();
    await reloaded;
    await page.locator('#proposal[data-state="done"]').waitFor({ timeout: 20_000 });
    expect(await inPage<unknown>(page, 'window.__samePage')).toBeUndefined();
    expect(await page.title()).toContain('Cake shop website rescue');
    expect(await page.locator('#proposal-variant').textContent()).toBe('Variant 1');
    expect(errors).toEqual([]);
    await page.close();
  });
});
