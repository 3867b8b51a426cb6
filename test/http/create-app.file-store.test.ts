import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore, STORE_FILE_NAME } from '../../src/storage/file-store.ts';
import { buildApp, jsonRequest, PROOF } from './helpers.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bidwright-http-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the API over the file store', () => {
  it('never changes the stored file on a bad request', async () => {
    const store = await createFileStore({ dir });
    await store.importProof(PROOF);
    const file = path.join(dir, STORE_FILE_NAME);
    const before = await readFile(file, 'utf8');
    const modified = (await stat(file)).mtimeMs;
    const { app } = buildApp({ store });
    const bad: [string, string, unknown][] = [
      ['POST', '/api/proof', '{"id": "x", '],
      ['POST', '/api/proof', { id: 'bad id', kind: 'case_study', title: 't' }],
      ['POST', '/api/proof', { ...PROOF[0] }],
      ['PUT', '/api/proof', [{ id: 'ok-one', kind: 'portfolio', title: 'fine' }, { id: 'broken' }]],
      ['PUT', '/api/proof', { not: 'an array' }],
      ['PUT', '/api/proof/crm-dedupe', { kind: 'nonsense', title: 'x' }],
      ['DELETE', '/api/proof/missing-item', undefined],
      ['PUT', '/api/profile', { rateFloor: -5 }],
      ['PUT', '/api/profile', { unknownField: true }],
      ['POST', '/api/proposals', { jobPost: '' }],
      ['POST', '/api/lint', { text: 42 }],
    ];
    for (const [method, url, body] of bad) {
      const response = await app.request(url, body === undefined ? { method } : jsonRequest(method, body));
      expect(response.status, `${method} ${url}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${method} ${url}`).toBeLessThan(500);
    }
    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await stat(file)).mtimeMs).toBe(modified);
  });

  it('writes a good request through to the file', async () => {
    const { app } = buildApp({ store: await createFileStore({ dir }) });
    const response = await app.request('/api/profile', jsonRequest('PUT', { name: 'Grace', rateFloor: 55 }));
    expect(response.status).toBe(200);
    const saved = JSON.parse(await readFile(path.join(dir, STORE_FILE_NAME), 'utf8')) as { profile: { name: string } };
    expect(saved.profile.name).toBe('Grace');
  });

  it("says plainly that the data file is broken, with a 500, keeping the server's path and CLI advice out", async () => {
    const file = path.join(dir, STORE_FILE_NAME);
    await writeFile(file, '{ "profile": ');
    const { app } = buildApp({ store: await createFileStore({ dir }) });
    const response = await app.request('/api/profile');
    expect(response.status).toBe(500);
    const problem = (await response.json()) as { title: string; detail: string; advice: string };
    expect(problem.title).toBe('The data file is broken');
    expect(problem.detail).toMatch(/^The server's data file is broken/);
    expect(JSON.stringify(problem)).not.toContain('not valid JSON');
    expect(problem.advice).toMatch(/whoever runs the server/);
    expect(JSON.stringify(problem)).not.toContain(dir);
    expect(JSON.stringify(problem)).not.toMatch(/bidwright [a-z]|--data/);
    expect(await readFile(file, 'utf8')).toBe('{ "profile": ');
  });
});
