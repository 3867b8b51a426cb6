import { describe, expect, it } from 'vitest';
import { hostNameOf } from '../../../src/http/middleware/allowed-hosts.ts';
import { closeServersAfterEach, logIn, postForm, postJson, send, startAccessServer } from '../socket.ts';

const REBIND = 'rebind.attacker.example';

closeServersAfterEach();

describe('hostNameOf', () => {
  it('takes the name from a Host header, lower-cased, without the port', () => {
    expect(hostNameOf('LocalHost:8787')).toBe('localhost');
    expect(hostNameOf('[::1]:8787')).toBe('[::1]');
    expect(hostNameOf('127.0.0.1')).toBe('127.0.0.1');
  });

  it('gives null for anything that is not a plain host, a huge one too', () => {
    for (const header of ['', 'localhost@evil.example', 'evil.example/localhost', 'localhost:80:80', 'a b', undefined]) {
      expect(hostNameOf(header), String(header)).toBeNull();
    }
    expect(hostNameOf(`${'a.'.repeat(100_000)}:`)).toBeNull();
  });
});

describe('the host allowlist over a real socket', () => {
  it('refuses a rebinding Host on the loopback server without a token: 421 problem+json on the API, a page on the web', async () => {
    const { url, test } = await startAccessServer();
    const headers = { Host: `${REBIND}:8787` };
    const api = await send(`${url}/api/profile`, { headers });
    expect(api.status).toBe(421);
    expect(api.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(api.body)).toMatchObject({ status: 421, type: 'urn:bidwright:problem:misdirected-request' });
    expect(api.body).not.toContain('rateFloor');

    const put = await send(`${url}/api/profile`, { method: 'PUT', headers: { ...headers, 'Content-Type': 'application/json' }, body: '{"name":"Mallory"}' });
    expect(put.status).toBe(421);
    const page = await send(`${url}/profile`, { headers });
    expect(page.status).toBe(421);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('BIDWRIGHT_ALLOWED_HOSTS');
    // A forged Origin that matches the forged Host does not help either.
    const form = await postForm(url, '/profile', { name: 'Mallory' }, { ...headers, Origin: `http://${REBIND}:8787` });
    expect(form.status).toBe(421);
    expect((await test.store.getProfile()).name).not.toBe('Mallory');
  });

  it('refuses a rebinding Host on a server with a token, even with the right token', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: 'tok' });
    const cookie = await logIn(url, 'tok');
    expect((await send(`${url}/api/profile`, { headers: { Host: REBIND, Authorization: 'Bearer tok' } })).status).toBe(421);
    expect((await send(`${url}/profile`, { headers: { Host: REBIND, Cookie: cookie } })).status).toBe(421);
    expect((await postJson(url, '/api/triage', { jobPost: 'x' }, { Host: REBIND, Authorization: 'Bearer tok' })).status).toBe(421);
  });

  it('answers every loopback name on any port, and a name added in BIDWRIGHT_ALLOWED_HOSTS', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_ALLOWED_HOSTS: 'studio.lan' });
    for (const Host of ['localhost:1', '127.0.0.1:9', '[::1]:8787', 'studio.lan:8787', 'STUDIO.LAN']) {
      expect((await send(`${url}/api/profile`, { headers: { Host } })).status, Host).toBe(200);
    }
    expect((await send(`${url}/api/profile`, { headers: { Host: 'other.lan' } })).status).toBe(421);
  });
});
