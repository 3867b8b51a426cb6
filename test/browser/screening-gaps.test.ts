import { describe, expect, it } from 'vitest';
import { inPage, outputPath, readExample, submitPost, useRunningApp, watchErrors } from './harness.ts';

const running = useRunningApp();

const ASKS = '\nTo apply, please include:\nYour availability in EST\nOut of all the places you have traveled to, where is your favorite and why?\n';

describe('screening answers with gaps in Chromium', () => {
  it('lets the user fill a gap in place, warns before copying one left unfilled, and copies the edited text', async () => {
    const context = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: running.url });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await submitPost(page, running.url, `${await readExample('job-post.txt')}${ASKS}`);

    const availability = page.getByLabel('Your answer to: Your availability in EST');
    expect(await availability.inputValue()).toBe('[fill in: your availability in EST]');
    const item = page.locator('#proposal-answers li', { has: availability });
    await inPage(page, "navigator.clipboard.writeText('before')");

    // Unfilled: the warning names the gap and nothing is copied until the user confirms.
    await item.getByRole('button', { name: 'Copy answer' }).click();
    const warning = item.getByRole('alert');
    expect(await warning.textContent()).toMatch(/^1 gap still to fill: \[fill in: your availability in EST\]\. Copy anyway\?/);
    expect(await inPage<string>(page, 'navigator.clipboard.readText()')).toBe('before');
    await page.locator('#proposal').screenshot({ path: outputPath('gap-warning.png') });

    // Filled in place: copying takes the edited text, with no warning.
    await warning.getByRole('button', { name: 'Fill them in' }).click();
    expect(await warning.count()).toBe(0);
    await page.keyboard.type('Weekdays 9:00 to 13:00 EST, and Saturday mornings.');
    const filled = 'Weekdays 9:00 to 13:00 EST, and Saturday mornings.';
    expect(await availability.inputValue()).toBe(filled);
    await item.getByRole('button', { name: 'Copy answer' }).click();
    await expect.poll(() => inPage<string>(page, 'navigator.clipboard.readText()')).toBe(filled);
    expect(await item.getByRole('alert').count()).toBe(0);
    expect(await page.locator('#proposal .copy-status').textContent()).toBe('Copied to the clipboard.');

    // Confirmed: "Copy anyway" copies the answer with its marker.
    const favourite = page.locator('#proposal-answers li', { hasText: 'where is your favorite' });
    await favourite.getByRole('button', { name: 'Copy answer' }).click();
    await favourite.getByRole('button', { name: 'Copy anyway' }).click();
    await expect.poll(() => inPage<string>(page, 'navigator.clipboard.readText()')).toMatch(/^\[fill in: /);
    expect(await favourite.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
}, 60_000);
