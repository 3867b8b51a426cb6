import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inPage, readExample, submitPost, useRunningApp, watchErrors } from './harness.ts';

const running = useRunningApp();

async function pageAt(width: number): Promise<Page> {
  const context = await running.browser.newContext({ viewport: { width, height: 900 } });
  return context.newPage();
}

/** The element's box in the page, from the layout the browser drew. */
async function box(page: Page, selector: string): Promise<{ left: number; right: number; top: number; bottom: number }> {
  const found = await page.locator(selector).first().boundingBox();
  if (found === null) throw new Error(`${selector} is not drawn`);
  return { left: found.x, right: found.x + found.width, top: found.y, bottom: found.y + found.height };
}

// What an internal name looks like: a dotted field path, a camelCase signal, or a rule id with no name before it.
const INTERNAL = /client\.[a-z]\w*|aiExposure|paymentVerified|(?<!\()\b[PTO]\d{2}\b(?!\))/;

describe('the polished web form in Chromium', () => {
  it('leads a first-time user to set up, and loads the example in one click', async () => {
    for (const item of await running.store.listProof()) await running.store.removeProof(item.id);
    const page = await pageAt(390);
    const errors = watchErrors(page);
    await page.goto(`${running.url}/`);
    const setup = page.getByRole('region', { name: 'Set up before your first draft' });
    await expect(setup.getByRole('link', { name: 'Fill in your profile' }).getAttribute('href')).resolves.toBe('/profile');
    await expect(setup.getByRole('link', { name: 'Add proof' }).getAttribute('href')).resolves.toBe('/proof/new');
    await page.goto(`${running.url}/proof`);
    await page.getByRole('button', { name: 'Load the example profile and proof library' }).click();
    await page.waitForURL(/\/proof\?example=/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Loaded the example profile and 3 example proof items.');
    expect((await running.store.getProfile()).name).toBe('Alex Rivera');
    expect(await page.locator('.proof-card').count()).toBe(3);
    await page.goto(`${running.url}/`);
    expect(await page.getByRole('region', { name: 'Set up before your first draft' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts the triage beside the draft at 1280 px and above it at 390 px, with nothing wider than the phone', async () => {
    const post = await readExample('job-post.txt');
    const wide = await pageAt(1280);
    await submitPost(wide, running.url, post);
    const [triage, draft] = [await box(wide, '.triage'), await box(wide, '#proposal')];
    expect(triage.right).toBeLessThanOrEqual(draft.left);
    expect(Math.abs(triage.top - draft.top)).toBeLessThan(2);
    await wide.context().close();

    const phone = await pageAt(390);
    await submitPost(phone, running.url, post);
    const [top, below] = [await box(phone, '.triage'), await box(phone, '#proposal')];
    expect(below.top).toBeGreaterThanOrEqual(top.bottom);
    expect(await inPage<number>(phone, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await phone.context().close();
  });

  it('shows no internal ids and says each reason once', async () => {
    const page = await pageAt(1280);
    await submitPost(page, running.url, await readExample('job-post.txt'));
    await page.locator('.triage-more summary').click();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(INTERNAL);
    // Every rule is named, its id after the name.
    for (const head of await page.locator('.finding-head .rule-name').allTextContents()) expect(head).toMatch(/^\S.* \([PTO]\d{2}\)$/);
    const triage = (await page.locator('.triage').textContent()) ?? '';
    for (const reason of await page.locator('.reason-text').allTextContents()) {
      for (const sentence of reason.split(/(?<=\.)\s+/)) expect(triage.split(sentence).length - 1, sentence).toBe(1);
    }
    await page.context().close();
  });

  it('shows the audit as one card per task on a phone, nothing clipped', async () => {
    const page = await pageAt(390);
    await page.goto(`${running.url}/audit`);
    await page.getByLabel('Tasks, one a line').fill(await readExample('tasks.txt'));
    await page.getByRole('button', { name: 'Audit' }).click();
    await page.waitForURL(/\/audit#results$/);
    const scroller = await inPage<[number, number]>(
      page,
      `(() => { const s = document.querySelector('.table-scroll'); return [s.scrollWidth, s.clientWidth]; })()`,
    );
    expect(scroller[0]).toBeLessThanOrEqual(scroller[1]);
    const why = await box(page, 'td[data-label="Why"]');
    const repackage = await box(page, 'td[data-label="Repackage it as"]');
    expect(repackage.top).toBeGreaterThanOrEqual(why.bottom);
    expect(repackage.right).toBeLessThanOrEqual(390);
    await expect(inPage<string>(page, `getComputedStyle(document.querySelector('td[data-label="Why"]'), '::before').content`)).resolves.toBe('"Why"');
    await page.context().close();
  });

  it('says what is wrong in plain words, and makes the id from the title', async () => {
    const page = await pageAt(390);
    await page.goto(`${running.url}/proof/new`);
    await page.getByLabel('Problem').fill('Orders failed at checkout.');
    await inPage(page, `document.querySelectorAll('[required]').forEach((field) => field.removeAttribute('required'))`);
    await page.getByRole('button', { name: 'Add proof' }).click();
    const alert = (await page.getByRole('alert').textContent()) ?? '';
    expect(alert).toContain('Title is empty: give a short title');
    expect(alert).not.toMatch(/Too small|\(root\)|is invalid|>=/);

    await page.getByLabel('Title').fill('Checkout rescue for a café');
    await page.getByLabel('Link').fill('https://example.com/work/cafe');
    await page.getByRole('button', { name: 'Add proof' }).click();
    await page.waitForURL(/\/proof\?added=checkout-rescue-for-a-cafe$/);
    const link = page.locator('.proof-card', { hasText: 'Checkout rescue for a café' }).locator('.proof-link a');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer nofollow');
    await expect(link.getAttribute('href')).resolves.toBe('https://example.com/work/cafe');
    await page.context().close();
  });
});
