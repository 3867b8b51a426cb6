/**
 * The draft history with 20,000 drafts kept (spread over twelve months, each with its job post,
 * as propose keeps them): the /drafts page's first page, GET /api/drafts, a search and one draft
 * opened, first on a store just opened (its log not yet read) and then warm (median of 20).
 *
 *   npx tsx bench/drafts-history.ts
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { createOfflineEngine } from '../src/engines/offline/index.ts';
import { createApp } from '../src/http/create-app.ts';
import { createProofRanker } from '../src/retrieval/proof-ranker.ts';
import { STORE_FILE_NAME, createFileStore } from '../src/storage/file-store.ts';
import { benchLibrary } from './lib/library.ts';
import { percentile } from './lib/load.ts';

const COUNT = 20_000;
const post = readFileSync(new URL('../examples/job-post.txt', import.meta.url), 'utf8');
const TEXT = 'Your checkout loses buyers after the cart because the shipping step repeats the address form on phones. '.repeat(9);
const FINDINGS = [{ ruleId: 'P16', severity: 'warn', message: '"leverage" reads as machine-written.', evidence: 'leverage' }];

function seed(dir: string): string {
  writeFileSync(path.join(dir, STORE_FILE_NAME), JSON.stringify({ version: 1, profile: {}, proof: benchLibrary(10) }));
  mkdirSync(path.join(dir, 'drafts'));
  const months = new Map<string, string[]>();
  const start = Date.UTC(2025, 11, 1);
  const step = (365 * 24 * 3_600_000) / COUNT;
  for (let i = 0; i < COUNT; i++) {
    const createdAt = new Date(start + i * step).toISOString();
    const draft = {
      id: `d${i}`,
      text: `${TEXT} Draft ${i}.`,
      createdAt,
      postTitle: `Checkout fix ${i}`,
      postKey: `p${i % 700}`,
      jobPost: post,
      findings: FINDINGS,
      engine: 'offline',
    };
    const month = createdAt.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), JSON.stringify(draft)]);
  }
  for (const [month, lines] of months) writeFileSync(path.join(dir, 'drafts', `${month}.jsonl`), `${lines.join('\n')}\n`);
  return `d${COUNT - 1}`;
}

async function appOn(dir: string) {
  const store = await createFileStore({ dir });
  return createApp({
    engine: createOfflineEngine(),
    store,
    ranker: createProofRanker(),
    clock: { now: () => new Date() },
    logger: { log: () => undefined },
    token: undefined,
    bodyLimit: 1024 * 1024,
    access: loadConfig({}).server.access,
  });
}

async function timed(app: Awaited<ReturnType<typeof appOn>>, url: string): Promise<number> {
  const began = performance.now();
  const response = await app.request(url, { headers: { Host: '127.0.0.1:8787' } });
  await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - began;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'bidwright-history-'));
try {
  const newest = seed(dir);
  const urls = {
    'GET /drafts (first page)': '/drafts',
    'GET /api/drafts?limit=20': '/api/drafts?limit=20',
    'GET /api/drafts?q=Draft 123': '/api/drafts?q=Draft%20123',
    [`GET /drafts/${newest}`]: `/drafts/${newest}`,
  };
  // The process's first request compiles the app's code; it is not a figure of the history.
  await timed(await appOn(dir), '/drafts');
  console.log(`${COUNT.toLocaleString('en-US')} drafts kept over 12 months; ms, in-process requests`);
  console.log('request | first, store just opened | warm median');
  for (const [name, url] of Object.entries(urls)) {
    const cold = await timed(await appOn(dir), url);
    const app = await appOn(dir);
    await timed(app, url);
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) samples.push(await timed(app, url));
    console.log(
      `${name} | ${cold.toFixed(0)} | ${percentile(
        samples.sort((a, b) => a - b),
        50,
      ).toFixed(1)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
