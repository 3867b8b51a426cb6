/**
 * How long the /shortlist page is with 30 of the shared posts (../shared/data, never copied here)
 * ranked: the page's height in pixels at 1280 px wide and on a phone (390 px), in Chromium.
 * Run: npx tsx bench/shortlist-height.ts [count] (a tool run by hand: `npm run bench` runs only measure-*.ts, which print a JSON line)
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { createOfflineEngine } from '../src/engines/offline/index.ts';
import { createApp } from '../src/http/create-app.ts';
import { createProofRanker } from '../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../src/storage/memory-store.ts';
import { sharedBatch } from './write-shared-batch.ts';

const count = Number(process.argv[2] ?? 30);
const store = createMemoryStore();
await store.importProof(JSON.parse(await readFile(new URL('../examples/proof.json', import.meta.url), 'utf8')));
const app = createApp({
  engine: createOfflineEngine(),
  store,
  ranker: createProofRanker(),
  clock: { now: () => new Date() },
  logger: { log: () => {} },
  token: undefined,
  bodyLimit: 4 * 1024 * 1024,
  access: loadConfig({}).server.access,
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/shortlist`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
try {
  for (const [name, width, height] of [
    ['1280 px', 1280, 800],
    ['phone (390 px)', 390, 844],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(url);
    await page.getByLabel('Job posts, separated by a line of ---').fill(sharedBatch(count).join('\n---\n'));
    await page.getByRole('button', { name: 'Triage and rank' }).click();
    await page.locator('#results').waitFor();
    const verdicts = await page.locator('.shortlist-entry .verdict').allTextContents();
    const tall = await page.evaluate<number>('document.documentElement.scrollHeight');
    console.log(`${name}: ${tall} px for ${verdicts.length} posts (${verdicts.filter((verdict) => verdict === 'skip').length} skips)`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
