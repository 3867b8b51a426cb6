/**
 * Real processes writing one data directory at once: the CLI as installed (bin/bidwright.js), and
 * the server on a socket over its own file store, as when both run on one machine. Up to six CLI
 * processes start at once, so the timeouts allow for a loaded two-core machine.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/serve.ts';
import { createFileStore } from '../../src/storage/file-store.ts';
import { EXAMPLES_DIR } from '../helpers/cli.ts';
import { buildApp, JOB_POST, jsonRequest, PROOF } from '../http/helpers.ts';
import { listAll, proof } from './store-contract.ts';

const BIN = fileURLToPath(new URL('../../bin/bidwright.js', import.meta.url));
const run = promisify(execFile);
const roots: string[] = [];
const servers: RunningServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

async function dataDir(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'bidwright-processes-'));
  roots.push(root);
  return root;
}

/** Runs the CLI in its own process on `dir`; rejects when it exits with an error. */
function bidwright(dir: string, args: string[]) {
  return run(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, BIDWRIGHT_DATA_DIR: dir, NO_COLOR: '1' }, timeout: 150_000 });
}

/** A server on a socket over its own file store on `dir`. */
async function serverOn(dir: string): Promise<string> {
  const { app } = buildApp({ store: await createFileStore({ dir }) });
  const server = await startServer({ app, host: '127.0.0.1', port: 0, token: undefined, logger: { log: () => undefined } });
  servers.push(server);
  return server.url;
}

const post = (url: string, route: string, body: unknown) =>
  fetch(`${url}${route}`, jsonRequest('POST', body)).then((response) => expect(response.status, route).toBeLessThan(300));

describe('processes writing one data directory at once', () => {
  it('loses no proof item when six CLI processes and the server add at the same time', { timeout: 180_000 }, async () => {
    const dir = await dataDir();
    const url = await serverOn(dir);
    const fromCli = Array.from({ length: 6 }, (_, i) => `cli-${i}`);
    const fromServer = Array.from({ length: 6 }, (_, i) => `server-${i}`);
    await Promise.all([
      ...fromCli.map((id) => bidwright(dir, ['proof', 'add', '--id', id, '--title', `Work item ${id}`])),
      ...fromServer.map((id) => post(url, '/api/proof', proof(id))),
    ]);
    const stored = (await (await createFileStore({ dir })).listProof()).map((item) => item.id);
    expect(stored.sort()).toEqual([...fromCli, ...fromServer].sort());
  });

  it('keeps the drafts of two propose runs and a server proposal made at the same time', { timeout: 180_000 }, async () => {
    const dir = await dataDir();
    await (await createFileStore({ dir })).importProof(PROOF);
    const url = await serverOn(dir);
    const otherPost = path.join(dir, 'post.txt');
    await writeFile(otherPost, JOB_POST);
    const [first, second] = await Promise.all([
      bidwright(dir, ['propose', path.join(EXAMPLES_DIR, 'job-post.txt'), '--json']),
      bidwright(dir, ['propose', otherPost, '--json']),
      post(url, '/api/proposals', { jobPost: JOB_POST }),
    ]);
    const texts = [first, second].map((done) => (JSON.parse(done.stdout) as { text: string }).text);
    const drafts = await listAll(await createFileStore({ dir }));
    expect(drafts).toHaveLength(3);
    expect(drafts.map((draft) => draft.text)).toEqual(expect.arrayContaining(texts));
  });
});
