import { describe, expect, it } from 'vitest';
import { useRunningApp, watchErrors } from './harness.ts';

const TOKEN = 'browser-owner-token';
const running = useRunningApp({ token: TOKEN });

describe('logging in with the token in Chromium', () => {
  it('sends a page load to the login page, then back to that page, and logs out again', async () => {
    const context = await running.browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${running.url}/profile`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('Token').fill('not-the-token');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('That token is wrong.');

    await page.getByLabel('Token').fill(TOKEN);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${running.url}/profile`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/profile/i);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'bidwright_session', httpOnly: true, sameSite: 'Strict', secure: false });
    expect(cookie?.value).not.toContain(TOKEN);
    // The page's script cannot read an HttpOnly cookie.
    expect(await page.evaluate('document.cookie')).toBe('');

    await page.getByRole('link', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${running.url}/login`);
    expect(await context.cookies()).toEqual([]);
    await page.goto(`${running.url}/proof`);
    expect(new URL(page.url()).pathname).toBe('/login');
    // The one failure Chromium reports is the wrong token's 401.
    expect(errors).toEqual(['console: Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    await context.close();
  });
});
