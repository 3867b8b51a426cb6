import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.ts';
import { loadConfig } from '../../../src/config.ts';
import { createOfflineEngine } from '../../../src/engines/offline/index.ts';
import type { LogEntry } from '../../../src/domain/ports.ts';
import { createMemoryStore } from '../../../src/storage/memory-store.ts';
import { createFileStore } from '../../../src/storage/file-store.ts';
import type { Store } from '../../../src/domain/ports.ts';
import { ProofItem } from '../../../src/domain/schemas.ts';
import { TEMPLATES_DIR } from '../../helpers/cli.ts';
import { createProofRanker } from '../../../src/retrieval/proof-ranker.ts';

/** Runs `bidwright serve ...` in-process with a signal the test can send. */
function serve(args: string[], env: Record<string, string> = {}, openStore: () => Promise<Store> = async () => createMemoryStore()) {
  let stdout = '';
  let stderr = '';
  let signal: ((name: string) => void) | null = null;
  const logs: LogEntry[] = [];
  const done = runCli(['serve', ...args], {
    loadConfig: () => loadConfig(env),
    openStore,
    createEngine: () => createOfflineEngine(),
    ranker: createProofRanker(),
    clock: { now: () => new Date('2026-11-21T12:00:00Z') },
    stdin: { readStdin: async () => Buffer.from('') },
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    isTTY: false,
    templatesDir: TEMPLATES_DIR,
    logger: { log: (entry) => logs.push(entry) },
    onSignal: (handler) => {
      signal = handler;
      return () => void (signal = null);
    },
  });
  const listening = async (): Promise<string> => {
    // Up to 20 s: a loaded machine can take seconds to start listening.
    for (let i = 0; i < 2_000; i++) {
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url !== undefined) return url;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`never listened; stderr: ${stderr}`);
  };
  return { done, listening, logs, send: (name: string) => signal?.(name), out: () => stdout, err: () => stderr };
}

describe('bidwright serve', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const dataDir = async (): Promise<string> => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bidwright-serve-'));
    dirs.push(dir);
    return dir;
  };

  /**
   * A server on a data folder holding one proof item, once it says the library is ready, and
   * another store on that folder, writing it as another process would.
   */
  const servingOneItem = async () => {
    const dir = await dataDir();
    const elsewhere = await createFileStore({ dir });
    await elsewhere.addProof(ProofItem.parse({ id: 'shop-fix', kind: 'case_study', title: 'Shopify checkout fix', skills: ['Shopify'] }));
    const run = serve(['--port', '0'], {}, () => createFileStore({ dir }));
    await run.listening();
    await expect.poll(run.out, { timeout: 10_000 }).toContain('Proof library ready: 1 item(s) indexed.');
    return { dir, elsewhere, run };
  };

  it('reads and indexes the proof library once it listens, and says how many items are ready', async () => {
    const { run } = await servingOneItem();
    run.send('SIGTERM');
    expect(await run.done).toBe(0);
  });

  it('prepares a library changed by another process while it runs, and says so', async () => {
    const { elsewhere, run } = await servingOneItem();
    await elsewhere.addProof(ProofItem.parse({ id: 'sheet-fix', kind: 'case_study', title: 'Inventory sheet rebuild', skills: ['Excel'] }));
    await expect.poll(run.out, { timeout: 10_000 }).toContain('Proof library changed: 2 item(s) indexed.');
    run.send('SIGTERM');
    expect(await run.done).toBe(0);
    expect(run.out().split('Proof library').length).toBe(3);
  });

  it('says once that the file broke while it runs, and again when it is fixed', async () => {
    const { dir, run } = await servingOneItem();
    await writeFile(path.join(dir, 'bidwright.json'), '{"version": 1, "proof": [');
    await expect.poll(run.err, { timeout: 10_000 }).toContain('bidwright.json');
    // Two more checks find it still broken and say nothing more.
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    expect(run.err().match(/will not overwrite it/g)).toHaveLength(1);
    await writeFile(path.join(dir, 'bidwright.json'), '{"version": 1, "profile": {}, "proof": []}');
    await expect.poll(run.out, { timeout: 10_000 }).toContain('Proof library changed: 0 item(s) indexed.');
    run.send('SIGTERM');
    expect(await run.done).toBe(0);
  });

  it('keeps serving and names the file when the library cannot be read at start-up', async () => {
    const dir = await dataDir();
    await writeFile(path.join(dir, 'bidwright.json'), '{"version": 1, "proof": [');
    const run = serve(['--port', '0'], {}, () => createFileStore({ dir }));
    const url = await run.listening();
    await expect.poll(run.err, { timeout: 10_000 }).toContain('bidwright.json');
    expect(run.err()).toMatch(/^bidwright: .*bidwright\.json.* will not overwrite it\.\n$/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    run.send('SIGTERM');
    expect(await run.done).toBe(0);
  });

  it('prints where it listens, the engine and the data dir, serves, and stops with exit 0 on a signal', async () => {
    const run = serve(['--port', '0'], { BIDWRIGHT_DATA_DIR: '/tmp/bidwright-serve-test' });
    const url = await run.listening();
    expect(run.out()).toMatch(/^bidwright listening on http:\/\/127\.0\.0\.1:\d+ \(engine: offline\)\n/);
    expect(run.out()).toContain('data: /tmp/bidwright-serve-test');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(run.logs.some((entry) => entry.path === '/healthz' && entry.status === 200)).toBe(true);
    run.send('SIGTERM');
    expect(await run.done).toBe(0);
    expect(run.out()).toContain('bidwright stopped.');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('takes host and port from the environment when no flags are given', async () => {
    const run = serve([], { BIDWRIGHT_PORT: '0', BIDWRIGHT_HOST: 'localhost' });
    const url = await run.listening();
    expect(url).toMatch(/^http:\/\/(127\.0\.0\.1|\[::1\]):\d+$/);
    run.send('SIGINT');
    expect(await run.done).toBe(0);
  });

  it('refuses a non-loopback host without a token, with exit 2 and one line', async () => {
    const run = serve(['--host', '0.0.0.0', '--port', '0']);
    expect(await run.done).toBe(2);
    expect(run.err()).toMatch(/^bidwright: Refusing to listen on 0\.0\.0\.0 without a token: set BIDWRIGHT_TOKEN, or listen on 127\.0\.0\.1\.\n$/);
  });

  it('on 0.0.0.0 tells the user to add the name other machines use to BIDWRIGHT_ALLOWED_HOSTS', async () => {
    const run = serve(['--host', '0.0.0.0', '--port', '0'], { BIDWRIGHT_TOKEN: 'cli-token', BIDWRIGHT_ALLOWED_HOSTS: 'studio.lan' });
    await run.listening();
    expect(run.out()).toContain('Answers only to the host names localhost, 127.0.0.1, [::1], studio.lan (any port); others get 421.');
    expect(run.out()).toContain("add this machine's name or address to BIDWRIGHT_ALLOWED_HOSTS");
    run.send('SIGTERM');
    expect(await run.done).toBe(0);
  });

  it('refuses a port that is not a number', async () => {
    const run = serve(['--port', 'eighty']);
    expect(await run.done).toBe(2);
    expect(run.err()).toContain('--port must be a number');
  });

  it('asks for the token on /api when BIDWRIGHT_TOKEN is set', async () => {
    const run = serve(['--port', '0'], { BIDWRIGHT_TOKEN: 'cli-token' });
    const url = await run.listening();
    expect((await fetch(`${url}/api/profile`)).status).toBe(401);
    expect((await fetch(`${url}/api/profile`, { headers: { Authorization: 'Bearer cli-token' } })).status).toBe(200);
    run.send('SIGTERM');
    expect(await run.done).toBe(0);
  });
});
