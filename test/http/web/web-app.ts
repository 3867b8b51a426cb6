/** The web routes on a bare Hono with the offline engine and a memory store, plus form helpers. */
import { loadConfig } from '../../../src/config.ts';
import { Hono } from 'hono';
import type { Store } from '../../../src/domain/ports.ts';
import type { ProofItem } from '../../../src/domain/schemas.ts';
import { createOfflineEngine } from '../../../src/engines/offline/index.ts';
import type { LogEntry } from '../../../src/domain/ports.ts';
import type { HttpDeps } from '../../../src/http/deps.ts';
import { createSessions } from '../../../src/http/middleware/session.ts';
import { createWebRoutes } from '../../../src/http/web/index.ts';
import { createMemoryStore } from '../../../src/storage/memory-store.ts';
import { createProofRanker } from '../../../src/retrieval/proof-ranker.ts';

export const ORIGIN = 'http://localhost';

/** A job post written for these tests: a bakery's slow online ordering. */
export const BAKERY_POST = `Online cake orders are timing out on our WooCommerce site

Posted 2 hours ago
Fixed-price $900
Intermediate

We are a family bakery taking custom cake orders through WooCommerce. Since we added a
delivery-slot plugin in spring, about a third of customers give up on the order page, and
the page takes eight seconds to load on phones.

We want someone to find what slows the order page, fix it, and show us the before and after.

Please answer: Which plugin conflicts have you untangled before?

Payment method verified
United States
9 jobs posted
$6K total spent
`;

/** Proof written for these tests. */
export const BAKERY_PROOF: ProofItem[] = [
  {
    id: 'woo-speed-rescue',
    kind: 'case_study',
    title: 'WooCommerce order page speed rescue for a florist',
    clientType: 'Local florist selling on WooCommerce',
    problem: 'A delivery-date plugin loaded on every page and made ordering slow on phones.',
    approach: 'Profiled the order page, deferred the plugin to checkout only and cached the slot lookups.',
    result: 'Phone load time fell and abandoned orders dropped in the first month.',
    metrics: [{ label: 'order page load time', value: '-64%' }],
    skills: ['WooCommerce', 'WordPress', 'PHP', 'Performance'],
    link: null,
    public: false,
  },
];

export interface WebHarness {
  app: Hono;
  store: Store;
  logs: LogEntry[];
  deps: HttpDeps;
}

/** Builds the harness; `store` and `token` may be overridden. */
export async function makeWebApp(options: { store?: Store; token?: string; proof?: ProofItem[] } = {}): Promise<WebHarness> {
  const store = options.store ?? createMemoryStore();
  if (options.proof) await store.importProof(options.proof);
  const logs: LogEntry[] = [];
  const deps: HttpDeps = {
    engine: createOfflineEngine(),
    store,
    ranker: createProofRanker(),
    clock: { now: () => new Date('2026-03-01T10:00:00Z') },
    logger: { log: (entry) => logs.push(entry) },
    token: options.token,
    bodyLimit: 1024 * 1024,
    access: loadConfig({}).server.access,
  };
  const app = new Hono().route('/', createWebRoutes(deps, createSessions({ trustProxy: false })));
  return { app, store, logs, deps };
}

/** A same-origin form POST, as a browser on the page would send it. */
export function postForm(app: Hono, path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}): Promise<Response> {
  // A list posts the field once per value, as a group of checkboxes does.
  const pairs = Object.entries(fields).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((one): [string, string] => [name, one]));
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(pairs).toString(),
    }),
  );
}

/** The value of a textarea in rendered HTML, unescaped, or null when there is no such field. */
export function textareaValue(page: string, name: string): string | null {
  const match = new RegExp(`<textarea[^>]*name="${name}"[^>]*>\\n?([\\s\\S]*?)</textarea>`).exec(page);
  return match?.[1] === undefined ? null : unescapeHtml(match[1]);
}

/** The value attribute of an input, unescaped, or null. */
export function inputValue(page: string, name: string): string | null {
  const tag = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(page)?.[0];
  const value = tag === undefined ? undefined : /value="([^"]*)"/.exec(tag)?.[1];
  return value === undefined ? null : unescapeHtml(value);
}

/** The message shown next to a field, or null when it has none. */
export function fieldErrorText(page: string, name: string): string | null {
  const match = new RegExp(`<p class="field-error" id="${name}-error">([\\s\\S]*?)</p>`).exec(page);
  return match?.[1] === undefined ? null : unescapeHtml(match[1]);
}

/** Undoes the five escapes hono's html helper applies. */
export function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
