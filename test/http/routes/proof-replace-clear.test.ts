import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/http/serve.ts';
import { createFileStore } from '../../../src/storage/file-store.ts';
import { buildApp, PROOF } from '../helpers.ts';

let dir: string;
let server: RunningServer;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bidwright-proof-clear-'));
  const store = await createFileStore({ dir });
  await store.importProof(PROOF);
  server = await startServer({ app: buildApp({ store }).app, host: '127.0.0.1', port: 0, token: undefined, logger: { log: () => undefined } });
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const call = (method: string, url: string, body?: unknown) =>
  fetch(`${server.url}${url}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const ids = async (): Promise<string[]> => ((await (await call('GET', '/api/proof')).json()) as { id: string }[]).map((item) => item.id);
const backups = async (): Promise<string[]> => readdir(path.join(dir, 'backups')).catch(() => []);

describe('replacing and clearing the library over HTTP', () => {
  it('imports with ?replace=true so the library is exactly the body, after backing the old file up', async () => {
    const replacement = { id: 'only-item', kind: 'portfolio', title: 'The one item left' };
    const response = await call('PUT', '/api/proof?replace=true', [replacement]);
    expect(response.status).toBe(200);
    expect(await ids()).toEqual(['only-item']);
    const [backup] = await backups();
    expect(backup).toBeDefined();
    const saved = JSON.parse(await readFile(path.join(dir, 'backups', backup as string), 'utf8')) as { proof: { id: string }[] };
    expect(saved.proof.map((item) => item.id)).toEqual(PROOF.map((item) => item.id));
  });

  it('keeps the other items on a plain import', async () => {
    await call('PUT', '/api/proof', [{ id: 'one-more', kind: 'portfolio', title: 'One more' }]);
    expect(await ids()).toEqual([...PROOF.map((item) => item.id), 'one-more']);
    expect(await backups()).toEqual([]);
  });

  it('removes every item only when asked with ?all=true, and backs them up first', async () => {
    const refused = await call('DELETE', '/api/proof');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(((await refused.json()) as { detail: string }).detail).toContain('?all=true');
    expect(await ids()).toHaveLength(PROOF.length);

    const cleared = await call('DELETE', '/api/proof?all=true');
    expect(cleared.status).toBe(200);
    expect(await cleared.json()).toEqual({ removed: PROOF.length });
    expect(await ids()).toEqual([]);
    expect(await backups()).toHaveLength(1);
  });

  it('answers 400 for a replace flag that is neither true nor false', async () => {
    const response = await call('PUT', '/api/proof?replace=yes', []);
    expect(response.status).toBe(400);
    expect(await ids()).toHaveLength(PROOF.length);
  });
});
