import { describe, expect, it } from 'vitest';
import { BidwrightError } from '../../../src/domain/errors.ts';
import { createMemoryStore } from '../../../src/storage/memory-store.ts';
import { BAKERY_PROOF, makeWebApp, postForm } from './web-app.ts';

const PAGES: Array<[string, string]> = [
  ['/', 'Draft'],
  ['/proof', 'Proof'],
  ['/proof/new', 'Proof'],
  ['/proof/import', 'Proof'],
  ['/proof/woo-speed-rescue/edit', 'Proof'],
  ['/proof/woo-speed-rescue/delete', 'Proof'],
  ['/profile', 'Profile'],
  ['/offers', 'Offers'],
  ['/audit', 'Audit'],
  ['/lint', 'Lint'],
];

/** Ids of every visible form control on the page. */
function controlIds(page: string): string[] {
  const tags = page.match(/<(?:input|select|textarea)\b[^>]*>/g) ?? [];
  return tags.filter((tag) => !/type="hidden"/.test(tag)).map((tag) => /\bid="([^"]+)"/.exec(tag)?.[1] ?? '(no id)');
}

describe('web pages', () => {
  it.each(PAGES)('%s renders a labelled page in the shared layout', async (path, navLabel) => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<main id="main"');
    expect(page).toContain('<meta name="referrer" content="same-origin">');
    expect(page).toContain('<link rel="stylesheet" href="/assets/style.css">');
    expect(page).toMatch(new RegExp(`<a href="[^"]*" aria-current="page">${navLabel}</a>`));
    const ids = controlIds(page);
    for (const id of ids) {
      expect(page, `control "${id}" on ${path} has a label`).toContain(`<label for="${id}">`);
    }
  });

  it('has a form with labelled controls on every page that takes input', async () => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    for (const path of ['/', '/proof/new', '/profile', '/offers', '/audit', '/lint']) {
      const page = await (await app.request(path)).text();
      expect(controlIds(page).length, path).toBeGreaterThan(0);
      expect(page, path).toMatch(/<button type="submit"/);
    }
  });

  it('never inlines script: only the external app.js, and no event handler attributes', async () => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    for (const [path] of PAGES) {
      const page = await (await app.request(path)).text();
      const scripts = page.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts, path).toEqual(['<script type="module" src="/assets/app.js">']);
      expect(page, path).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
      expect(page, path).not.toMatch(/\son[a-z]+\s*=/i);
      expect(page, path).not.toMatch(/\sstyle\s*=/i);
    }
  });

  it('answers 404 with a page, not a stack, for a proof id that does not exist', async () => {
    const { app } = await makeWebApp();
    const response = await app.request('/proof/ghost-item/edit');
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain('No proof item has the id');
    expect(page).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('shows the profile default tone in the draft form', async () => {
    const { app, store } = await makeWebApp();
    await store.setProfile({ ...(await store.getProfile()), tone: 'warm' });
    const page = await (await app.request('/')).text();
    expect(page).toContain('Profile default (warm)');
  });
});

const FORM_POSTS: Array<[string, Record<string, string>]> = [
  ['/', { jobPost: 'Need a WooCommerce speed fix.' }],
  ['/proof/new', { id: 'evil-item', kind: 'portfolio', title: 'Planted by another site' }],
  ['/proof/import', { json: '[{"id":"evil-item","kind":"portfolio","title":"Planted"}]' }],
  ['/proof/woo-speed-rescue/edit', { title: 'Changed by another site', kind: 'portfolio' }],
  ['/proof/woo-speed-rescue/delete', {}],
  ['/profile', { name: 'Changed by another site' }],
  ['/offers', { offer: 'Write blog posts' }],
  ['/audit', { tasks: 'Write blog posts' }],
  ['/lint', { text: 'A draft.' }],
];

describe('CSRF protection on form posts', () => {
  it.each(FORM_POSTS)('refuses a cross-origin POST to %s and changes nothing', async (path, fields) => {
    const { app, store } = await makeWebApp({ proof: BAKERY_PROOF });
    const profileBefore = await store.getProfile();
    const response = await postForm(app, path, fields, { Origin: 'https://attacker.example' });
    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).toContain('<h1>Form refused</h1>');
    expect(await store.listProof()).toEqual(BAKERY_PROOF);
    expect(await store.getProfile()).toEqual(profileBefore);
    expect((await store.listDrafts({ limit: 100 })).items).toHaveLength(0);
  });

  it('refuses a form POST that carries neither Origin nor Sec-Fetch-Site', async () => {
    const { app, store } = await makeWebApp({ proof: BAKERY_PROOF });
    const response = await app.request('/proof/woo-speed-rescue/delete', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(response.status).toBe(403);
    expect(await store.getProof('woo-speed-rescue')).not.toBeNull();
  });

  it('accepts a same-origin POST identified by Sec-Fetch-Site alone', async () => {
    const { app, store } = await makeWebApp({ proof: BAKERY_PROOF });
    const response = await app.request('/proof/woo-speed-rescue/delete', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
      body: '',
    });
    expect(response.status).toBe(303);
    expect(await store.getProof('woo-speed-rescue')).toBeNull();
  });

  it('refuses a cross-site POST even with a multipart body', async () => {
    const { app, store } = await makeWebApp();
    const body = new FormData();
    body.set('json', JSON.stringify(BAKERY_PROOF));
    const response = await app.request('/proof/import', { method: 'POST', headers: { Origin: 'https://attacker.example' }, body });
    expect(response.status).toBe(403);
    expect(await store.listProof()).toHaveLength(0);
  });
});

describe('failures on web pages', () => {
  it('renders an unexpected error as a plain 500 page, logging the stack instead of showing it', async () => {
    const broken = createMemoryStore();
    broken.listProof = () => Promise.reject(new Error('disk on fire at /secret/path'));
    const { app, logs } = await makeWebApp({ store: broken });
    const response = await app.request('/proof');
    expect(response.status).toBe(500);
    const page = await response.text();
    expect(page).toContain('Something went wrong on our side');
    expect(page).not.toContain('disk on fire');
    expect(page).not.toContain('/secret/path');
    const entry = logs.find((log) => log.level === 'error');
    expect(entry?.msg).toBe('web page failed');
    expect(String(entry?.stack)).toContain('disk on fire');
  });

  it("shows a plain message for the server's own failure, with its status, and logs the full one", async () => {
    const broken = createMemoryStore();
    broken.listProof = () => Promise.reject(new BidwrightError('STORE_CORRUPT', 'The data file data/bidwright.json is broken: fix or move it.'));
    const { app, logs } = await makeWebApp({ store: broken });
    const response = await app.request('/proof');
    expect(response.status).toBe(500);
    const page = await response.text();
    expect(page).toContain('data file is broken');
    expect(page).not.toContain('data/bidwright.json');
    expect(JSON.stringify(logs)).toContain('data/bidwright.json');
  });
});
