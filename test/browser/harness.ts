/**
 * What the browser tests share: the real app on a real socket (offline engine, memory store with
 * the example proof), Debian's Chromium driven by playwright-core, and a watch on console errors.
 * A missing Chromium fails the tests with the fix; it never skips them.
 */
import { loadConfig } from '../../src/config.ts';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Engine, Store } from '../../src/domain/ports.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { createApp } from '../../src/http/create-app.ts';
import type { LogEntry } from '../../src/domain/ports.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';

/** Debian's Chromium, or the browser CHROMIUM_PATH names (another distribution, a Playwright download). */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OUTPUT_DIR = new URL('../../test-output/', import.meta.url);
const EXAMPLES = new URL('../../examples/', import.meta.url);

/** Flags for a quiet, reproducible headless run. Playwright gives each launch a fresh --user-data-dir itself. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Running {
  url: string;
  store: Store;
  logs: LogEntry[];
  browser: Browser;
  close(): Promise<void>;
}

/** Reads a file from examples/. */
export function readExample(name: string): Promise<string> {
  return readFile(new URL(name, EXAMPLES), 'utf8');
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    if (server.listening) resolve((server.address() as AddressInfo).port);
    else server.once('listening', () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Starts the app with the example proof imported (and `token` when given), and launches Chromium;
 * the offline engine unless `engine` gives another.
 */
async function start(token: string | undefined, engine: () => Engine = createOfflineEngine): Promise<Running> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Chromium, and there is none at ${CHROMIUM}: install it (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  const store = createMemoryStore();
  await store.importProof(JSON.parse(await readExample('proof.json')));
  const logs: LogEntry[] = [];
  const app = createApp({
    engine: engine(),
    store,
    ranker: createProofRanker(),
    clock: { now: () => new Date() },
    logger: { log: (entry) => logs.push(entry) },
    token,
    bodyLimit: 1024 * 1024,
    access: loadConfig({}).server.access,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  const port = await listen(server);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
  } catch (error) {
    server.close();
    throw error;
  }
  await mkdir(OUTPUT_DIR, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    logs,
    browser,
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Collects console errors, uncaught exceptions and failed requests on a page (not loads cancelled by navigating away). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Chromium aborts a page's pending loads (an icon, say) when the page navigates away: a cancellation, not a failure.
    if (reason === 'net::ERR_ABORTED' && request.resourceType() !== 'document' && request.resourceType() !== 'fetch') return;
    errors.push(`request failed: ${request.url()} ${reason}`);
  });
  return errors;
}

/** The path of a file under test-output/. */
export function outputPath(name: string): string {
  return new URL(name, OUTPUT_DIR).pathname;
}

/**
 * Starts the app and browser once for a test file and closes them after it. A start that fails
 * (Chromium missing) fails every test with the fix in the message, instead of marking them skipped.
 */
export function useRunningApp(options: { token?: string; engine?: () => Engine } = {}): Running {
  let current: Running | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      current = await start(options.token, options.engine);
    } catch (error) {
      failure = error;
    }
  }, 60_000);
  beforeEach(() => {
    if (failure !== undefined) throw failure;
  });
  afterAll(async () => {
    await current?.close();
  });
  const get = (): Running => {
    if (current === undefined) throw failure ?? new Error('The app is not running yet.');
    return current;
  };
  return {
    get url() {
      return get().url;
    },
    get store() {
      return get().store;
    },
    get logs() {
      return get().logs;
    },
    get browser() {
      return get().browser;
    },
    close: () => get().close(),
  };
}

/** Evaluates an expression in the page. Browser-side code is a string: the project's TypeScript has no DOM types. */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** Pastes a post on the draft page, submits it and waits for the finished proposal. */
export async function submitPost(page: Page, url: string, post: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('Job post').fill(post);
  await page.getByRole('button', { name: 'Triage and draft' }).click();
  await page.locator('#proposal[data-state="done"]').waitFor({ timeout: 20_000 });
}
