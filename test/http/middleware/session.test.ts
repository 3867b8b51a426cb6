import { describe, expect, it } from 'vitest';
import { JOB_POST } from '../helpers.ts';
import { closeServersAfterEach, hostOf, logIn, postForm, send, setCookieOf, startAccessServer } from '../socket.ts';

const TOKEN = 'owner-token-7f3a';
const PAGES = ['/', '/proof', '/proof/export', '/proof/new', '/proof/import', '/profile', '/offers', '/audit', '/lint', '/logout', '/docs'];
const FORMS: Array<[string, Record<string, string>]> = [
  ['/', { jobPost: JOB_POST, action: 'draft' }],
  ['/profile', { name: 'Mallory', rateFloor: '1' }],
  ['/proof/new', { id: 'fake', kind: 'case_study', title: 'Fake proof' }],
  ['/proof/import', { json: '[{"id":"fake","kind":"credential","title":"Fake"}]' }],
  ['/proof/stock-sheet-rebuild/delete', {}],
  ['/lint', { text: 'Hello' }],
  ['/offers', { offer: 'Write 10 blog posts' }],
  ['/audit', { tasks: 'Data entry' }],
  ['/logout', {}],
];

closeServersAfterEach();

describe('a server with a token, over a real socket, without the session cookie', () => {
  it('sends every page load to the login page, keeping the page asked for', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    for (const path of PAGES) {
      const answer = await send(`${url}${path}?tab=1`);
      expect(answer.status, path).toBe(303);
      expect(answer.headers.location, path).toBe(`/login?next=${encodeURIComponent(`${path}?tab=1`)}`);
      expect(answer.body, path).not.toContain('stock-sheet-rebuild');
    }
  });

  it('refuses every form post with 401 and changes nothing', async () => {
    const { url, test } = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    const before = { profile: await test.store.getProfile(), proof: await test.store.listProof() };
    for (const [path, fields] of FORMS) {
      const answer = await postForm(url, path, fields, { 'Sec-Fetch-Site': 'same-origin' });
      expect(answer.status, path).toBe(401);
      expect(answer.headers['content-type'], path).toMatch(/^text\/html/);
      expect(answer.body, path).toContain('href="/login');
    }
    expect({ profile: await test.store.getProfile(), proof: await test.store.listProof() }).toEqual(before);
    expect((await test.store.listDrafts({ limit: 100 })).items).toEqual([]);
  });

  it('answers the API without the token, or with a wrong one, with 401 problem+json', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Cookie: 'bidwright_session=forged' }] as Array<Record<string, string>>) {
      const answer = await send(`${url}/api/profile`, { headers });
      expect(answer.status).toBe(401);
      expect(answer.headers['content-type']).toBe('application/problem+json');
      expect(answer.headers['www-authenticate']).toContain('Bearer');
    }
  });

  it('shows the login page in the shared layout, with no inline script', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    const answer = await send(`${url}/login?next=%2Fprofile`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<link rel="stylesheet" href="/assets/style.css">');
    expect(answer.body).toContain('<input type="hidden" name="next" value="/profile">');
    expect(answer.body).toMatch(/<input type="password" id="token" name="token" required/);
    expect(answer.body).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
    expect(answer.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect((await send(`${url}/assets/style.css`)).status).toBe(200);
  });
});

describe('logging in and out over a real socket', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie that is not the token, then opens the page asked for', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    const answer = await postForm(url, '/login', { token: TOKEN, next: '/profile?saved=1' });
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/profile?saved=1');
    const cookie = setCookieOf(answer);
    expect(cookie).toMatch(/^bidwright_session=[^;]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    expect(cookie).not.toContain(TOKEN);
    const Cookie = cookie.split(';')[0]!;
    for (const path of PAGES) expect((await send(`${url}${path}`, { headers: { Cookie } })).status, path).toBe(200);
  });

  it('lets form posts through with the session, and still refuses them from another origin', async () => {
    const { url, test } = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    const Cookie = await logIn(url, TOKEN);
    const saved = await postForm(url, '/profile', { name: 'Ada', rateFloor: '80' }, { Cookie });
    expect(saved.status).toBe(303);
    expect((await test.store.getProfile()).name).toBe('Ada');
    const forged = await postForm(url, '/profile', { name: 'Mallory' }, { Cookie, Origin: 'http://attacker.example' });
    expect(forged.status).toBe(403);
    expect((await test.store.getProfile()).name).toBe('Ada');
  });

  it('answers a wrong token with 401 on the login page and no cookie', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    const answer = await postForm(url, '/login', { token: `${TOKEN}x`, next: '/' });
    expect(answer.status).toBe(401);
    expect(answer.body).toContain('That token is wrong.');
    expect(setCookieOf(answer)).toBe('');
  });

  it('ends the session on logout: the cookie is cleared and the old value no longer works', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    const Cookie = await logIn(url, TOKEN);
    const out = await postForm(url, '/logout', {}, { Cookie });
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/login');
    expect(setCookieOf(out)).toMatch(/^bidwright_session=;.*Max-Age=0/);
    expect((await send(`${url}/profile`, { headers: { Cookie } })).status).toBe(303);
  });

  it('refuses a cookie signed by another server', async () => {
    const first = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    const second = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    const Cookie = await logIn(first.url, TOKEN);
    expect((await send(`${second.url}/profile`, { headers: { Cookie } })).status).toBe(303);
  });

  it('never redirects to another site after login', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    const hostile = ['//attacker.example/x', '/\\attacker.example', 'https://attacker.example', '/.//attacker.example', '/\t/attacker.example', 'profile'];
    for (const next of hostile) {
      const answer = await postForm(url, '/login', { token: TOKEN, next });
      expect(answer.headers.location, next).toMatch(/^\/(?!\/)/);
      expect(answer.headers.location, next).not.toContain('attacker.example/');
    }
  });

  it('marks the cookie Secure when a trusted proxy says the request came over https, and only then', async () => {
    const trusted = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN, BIDWRIGHT_TRUST_PROXY: '1' });
    const viaProxy = await postForm(trusted.url, '/login', { token: TOKEN }, { 'X-Forwarded-Proto': 'https' });
    expect(setCookieOf(viaProxy)).toContain('Secure');
    const untrusted = await startAccessServer({ BIDWRIGHT_TOKEN: TOKEN });
    const claimed = await postForm(untrusted.url, '/login', { token: TOKEN }, { 'X-Forwarded-Proto': 'https' });
    expect(setCookieOf(claimed)).not.toContain('Secure');
  });
});

describe('a server without a token', () => {
  it('serves pages without a login, and the login page leads straight on', async () => {
    const { url } = await startAccessServer();
    expect((await send(`${url}/profile`)).status).toBe(200);
    const login = await send(`${url}/login?next=%2Fproof`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/proof');
    expect((await send(`${url}/logout`)).body).toContain('no session to end');
    expect(hostOf(url)).toMatch(/^127\.0\.0\.1:\d+$/);
  });
});
