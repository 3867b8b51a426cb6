import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BidwrightError } from '../../src/domain/errors.ts';
import type { LogEntry, Store } from '../../src/domain/ports.ts';
import type { HttpDeps } from '../../src/http/deps.ts';
import { startServer, type RunningServer } from '../../src/http/serve.ts';
import { createFileStore, STORE_FILE_NAME } from '../../src/storage/file-store.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { buildApp, engineWith, JOB_POST } from './helpers.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** The app on a real socket, with its log. */
async function serve(overrides: Partial<HttpDeps> = {}): Promise<{ url: string; logs: LogEntry[] }> {
  const { app, logs } = buildApp(overrides);
  const server: RunningServer = await startServer({
    app,
    host: '127.0.0.1',
    port: 0,
    token: undefined,
    logger: { log: () => undefined },
    shutdownTimeoutMs: 2000,
  });
  cleanups.push(() => server.close());
  return { url: server.url, logs };
}

const isPage = (response: Response) => (response.headers.get('content-type') ?? '').startsWith('text/html');
const PAGE_LOOK = '<link rel="stylesheet" href="/assets/style.css">';

describe('what an HTTP visitor learns from a failure', () => {
  it("shows neither the data file's path nor its content, while the log keeps the path", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bidwright-disclosure-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await writeFile(path.join(dir, STORE_FILE_NAME), '{ "profile": { "name": "Secret Client Ltd" }, oops');
    const { url, logs } = await serve({ store: await createFileStore({ dir }) });
    for (const address of ['/api/profile', '/profile', '/proof']) {
      const response = await fetch(`${url}${address}`);
      const body = await response.text();
      expect(response.status, address).toBe(500);
      expect(body, address).not.toContain(dir);
      expect(body, address).not.toContain('Secret Client');
      expect(body, address).not.toContain(STORE_FILE_NAME);
      expect(body, address).toContain('data file is broken');
    }
    expect(JSON.stringify(logs)).toContain('not valid JSON');
    expect(JSON.stringify(logs)).toContain(JSON.stringify(dir).slice(1, -1));
  });

  it("keeps the model server's address out of a 502, and in the log", async () => {
    const where = 'http://10.1.2.3:11434/v1';
    const engine = engineWith({
      propose: async () => {
        throw new BidwrightError('LLM_UNAVAILABLE', `Could not reach the model server at ${where} (ECONNREFUSED); check OPENAI_BASE_URL.`);
      },
    });
    const { url, logs } = await serve({ engine });
    const api = await fetch(`${url}/api/proposals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jobPost: JOB_POST }),
    });
    expect(api.status).toBe(502);
    const page = await fetch(`${url}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: url },
      body: new URLSearchParams({ jobPost: JOB_POST }),
    });
    expect(page.status).toBe(502);
    for (const body of [await api.text(), await page.text()]) {
      expect(body).not.toContain('10.1.2.3');
      expect(body).not.toContain('OPENAI_BASE_URL');
      expect(body).toContain('The model could not be reached');
    }
    expect(JSON.stringify(logs)).toContain(where);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('answers /docs/assets/%s with a 404 and logs no error', async (name) => {
    const { url, logs } = await serve();
    const response = await fetch(`${url}/docs/assets/${name}`);
    expect(response.status).toBe(404);
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});

describe('web errors are pages; API errors stay problem+json', () => {
  it('answers an unknown page address with a 404 page, and an unknown API address with a problem', async () => {
    const { url } = await serve();
    const page = await fetch(`${url}/no-such-page`);
    expect(page.status).toBe(404);
    expect(isPage(page)).toBe(true);
    expect(await page.text()).toContain(PAGE_LOOK);
    const api = await fetch(`${url}/api/no-such-thing`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers an oversized form post with a 413 page, whatever its content type, and the API with a problem', async () => {
    const { url } = await serve({ bodyLimit: 10_000 });
    const big = 'x'.repeat(20_000);
    const form = new FormData();
    form.set('jobPost', big);
    for (const body of [new URLSearchParams({ jobPost: big }), form]) {
      const page = await fetch(`${url}/`, { method: 'POST', headers: { Origin: url }, body });
      expect(page.status).toBe(413);
      expect(isPage(page)).toBe(true);
      expect(await page.text()).toContain(PAGE_LOOK);
    }
    const api = await fetch(`${url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: big });
    expect(api.status).toBe(413);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers an unexpected failure on a page with a 500 page that holds no stack', async () => {
    const broken: Store = { ...createMemoryStore(), getProfile: async () => Promise.reject(new Error('boom at /srv/secret/place.ts:12')) };
    const { url, logs } = await serve({ store: broken });
    const page = await fetch(`${url}/profile`);
    expect(page.status).toBe(500);
    expect(isPage(page)).toBe(true);
    const body = await page.text();
    expect(body).toContain(PAGE_LOOK);
    expect(body).not.toContain('/srv/secret');
    expect(JSON.stringify(logs)).toContain('/srv/secret');
  });
});
