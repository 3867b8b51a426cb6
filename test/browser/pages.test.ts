import { describe, expect, it } from 'vitest';
import { inPage, readExample, submitPost, useRunningApp, watchErrors } from './harness.ts';

/** A post written for this test, close to the proof item the test adds. */
const BAKERY_POST = `Cake pre-order form keeps timing out for our bakery customers

Fixed-price $600

Our bakery takes custom cake pre-orders through a WooCommerce site. The pickup-slot form times
out on phones and customers call us instead. We need the pre-order flow fixed so orders come
through the site again.

Payment method verified
`;

const IMG_PAYLOAD = '<img src=x onerror="window.__xss=1">';
const SCRIPT_PAYLOAD = '<script>window.__xss=1</script>';

const running = useRunningApp();

describe('proof, safety, no-JS and keyboard use in Chromium', () => {
  it('cites a proof item added through /proof in the next draft', async () => {
    const page = await running.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${running.url}/proof`);
    await page.getByRole('link', { name: 'Add proof' }).click();
    await page.getByLabel('Id', { exact: true }).fill('bakery-preorder-rebuild');
    await page.getByLabel('Kind').selectOption('case_study');
    await page.getByLabel('Title').fill('Pre-order flow rebuild for a neighbourhood bakery');
    await page.getByLabel('Client type').fill('Family bakery selling custom cakes online');
    await page.getByLabel('Problem').fill('Cake pre-orders failed when the pickup-slot form timed out on phones.');
    await page.getByLabel('Approach').fill('Replaced the pickup-slot plugin with a lighter booking form and cached the calendar.');
    await page.getByLabel('Result').fill('Pre-orders came back the following week.');
    await page.getByLabel('Metrics').fill('pre-order form load time = -5 seconds');
    await page.getByLabel('Skills').fill('WordPress, WooCommerce, Booking forms');
    await page.getByRole('button', { name: 'Add proof' }).click();
    await page.waitForURL(`${running.url}/proof?added=bakery-preorder-rebuild`);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Added "bakery-preorder-rebuild"');
    expect((await running.store.getProof('bakery-preorder-rebuild'))?.metrics).toEqual([{ label: 'pre-order form load time', value: '-5 seconds' }]);

    await submitPost(page, running.url, BAKERY_POST);
    expect(await page.locator('#proposal-citations code').allTextContents()).toContain('bakery-preorder-rebuild');
    await expect(page.locator('#proposal-text').textContent()).resolves.toContain('Pre-order flow rebuild for a neighbourhood bakery');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows hostile text in a proof title and a post as text and never runs it', async () => {
    const page = await running.browser.newPage();
    const errors = watchErrors(page);
    const title = `${IMG_PAYLOAD} ${SCRIPT_PAYLOAD} Cake order checkout rescue`;
    await page.goto(`${running.url}/proof/new`);
    await page.getByLabel('Id', { exact: true }).fill('hostile-title');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Problem').fill('Cake orders failed at checkout on phones.');
    await page.getByLabel('Skills').fill('WooCommerce');
    await page.getByRole('button', { name: 'Add proof' }).click();
    await page.waitForURL(/\/proof\?added=hostile-title$/);
    expect(await page.locator('.proof-card h2', { hasText: 'Cake order checkout rescue' }).textContent()).toBe(title);
    expect(await inPage<unknown>(page, 'window.__xss')).toBeUndefined();

    const post = `${IMG_PAYLOAD} ${SCRIPT_PAYLOAD} Cake order checkout fails\n\n${BAKERY_POST}\nNote: ${SCRIPT_PAYLOAD} ${IMG_PAYLOAD}\n`;
    await submitPost(page, running.url, post);
    expect(await page.locator('.post-title').textContent()).toBe(`${IMG_PAYLOAD} ${SCRIPT_PAYLOAD} Cake order checkout fails`);
    expect(await page.locator('.matched-proof a').allTextContents()).toContain(title);
    expect(await page.getByLabel('Job post').inputValue()).toBe(post);
    expect(await page.locator('#proposal-text').textContent()).not.toBe('');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await inPage<unknown>(page, 'window.__xss')).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('triages and drafts without JavaScript through the plain form post', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const before = (await running.store.listDrafts({ limit: 100 })).items.length;
    await page.goto(`${running.url}/`);
    await page.getByLabel('Job post').fill(await readExample('job-post.txt'));
    await page.getByLabel('Length').selectOption('short');
    await Promise.all([page.waitForURL(`${running.url}/#results`), page.getByRole('button', { name: 'Triage and draft' }).click()]);
    expect(await page.locator('#proposal').getAttribute('data-state')).toBe('done');
    const text = (await page.locator('#proposal-text').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(200);
    expect((await running.store.listDrafts({ limit: 100 })).items.length).toBe(before + 1);
    expect(await page.locator('.finding-list, #proposal-findings-summary').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Length').inputValue()).toBe('short');
    expect(await page.getByRole('button', { name: 'Copy proposal' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('can be filled and submitted from the keyboard alone, with a visible focus ring', async () => {
    const page = await running.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${running.url}/`);
    const focused = () => inPage<string>(page, "document.activeElement?.id || document.activeElement?.textContent?.trim() || ''");
    for (let presses = 0; presses < 20 && (await focused()) !== 'jobPost'; presses += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe('jobPost');
    await page.keyboard.insertText(await readExample('job-post.txt'));
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('tone');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('length');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Triage and draft');
    const outline = await inPage<string>(page, 'getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.locator('#proposal[data-state="done"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('#tone').inputValue()).toBe('warm');
    expect(((await page.locator('#proposal-text').textContent()) ?? '').length).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });
}, 60_000);
