/** Builds the app the way main.ts does, on a memory store and the offline engine, with a log to inspect. */
import { loadConfig } from '../../src/config.ts';
import type { Hono } from 'hono';
import type { Engine, Store } from '../../src/domain/ports.ts';
import { ProofItem } from '../../src/domain/schemas.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { createApp } from '../../src/http/create-app.ts';
import type { LogEntry } from '../../src/domain/ports.ts';
import type { HttpDeps } from '../../src/http/deps.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';

/** A job post written for these tests: budget, client signals, a screening question. */
export const JOB_POST = `Clean up our inventory spreadsheet before the quarterly stock count

Posted 2 hours ago

Fixed-price $600
Intermediate

We sell garden tools through two warehouses and keep stock in one large Google Sheet.
Counts drift every month, duplicate SKUs creep in, and the reorder formulas break when
someone pastes over them. We need the sheet cleaned and reconciled against the warehouse
exports, with a short report of every exception so the team can fix the source.

Please answer: how would you find duplicate SKUs that are spelled differently?

Skills and Expertise
Google Sheets
Data Cleaning
Excel

Activity on this job
Proposals: 5 to 10

About the client
Payment method verified
4.9 of 5 reviews
Canada
9 jobs posted
78% hire rate, 1 open job
$8K total spent
`;

/** Proof written for these tests. */
export const PROOF: ProofItem[] = [
  ProofItem.parse({
    id: 'stock-sheet-rebuild',
    kind: 'case_study',
    title: 'Stock sheet reconciliation for a two-warehouse hardware seller',
    clientType: 'Online hardware retailer',
    problem: 'Spreadsheet stock counts disagreed with warehouse exports and duplicate SKUs hid real shortages.',
    approach: 'Matched SKUs across exports with fuzzy keys in Google Sheets, rebuilt the reorder formulas as protected ranges.',
    result: 'The stock count matched the warehouses and the team got a weekly exception list.',
    metrics: [{ label: 'duplicate SKUs merged', value: '137' }],
    skills: ['Google Sheets', 'Data Cleaning', 'Excel'],
  }),
  ProofItem.parse({
    id: 'crm-dedupe',
    kind: 'portfolio',
    title: 'CRM contact de-duplication',
    clientType: 'Consultancy',
    problem: 'Thousands of repeated contacts.',
    approach: 'Normalised names and emails, merged records.',
    result: 'One record per contact.',
    metrics: [{ label: 'records merged', value: '2,400' }],
    skills: ['Data Cleaning'],
  }),
];

export interface TestApp {
  app: Hono;
  store: Store;
  logs: LogEntry[];
  deps: HttpDeps;
}

/** An app over a fresh memory store seeded with PROOF; any dep can be swapped. */
export function buildApp(overrides: Partial<HttpDeps> = {}): TestApp {
  const logs: LogEntry[] = [];
  const deps: HttpDeps = {
    engine: createOfflineEngine(),
    store: createMemoryStore({ proof: PROOF }),
    ranker: createProofRanker(),
    clock: { now: () => new Date('2026-11-21T12:00:00Z') },
    logger: { log: (entry) => logs.push(entry) },
    token: undefined,
    bodyLimit: 1024 * 1024,
    access: loadConfig({}).server.access,
    ...overrides,
  };
  return { app: createApp(deps), store: deps.store, logs, deps };
}

/** A JSON request; `body` is sent as given when it is a string (for broken JSON). */
export function jsonRequest(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

export interface SseEvent {
  event: string;
  data: string;
}

/** Parses a text/event-stream body into its events (enough of the format for these tests). */
export function parseSse(text: string): SseEvent[] {
  return text
    .split(/\r?\n\r?\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      return { event, data: data.join('\n') };
    });
}

/** The offline engine with one method replaced, for failure and timing cases. */
export function engineWith(patch: Partial<Engine>): Engine {
  return { ...createOfflineEngine(), ...patch };
}

/** The problem+json body of a response, checking the content type on the way. */
export async function problemOf(response: Response): Promise<Record<string, unknown>> {
  if (response.headers.get('content-type') !== 'application/problem+json') {
    throw new Error(`expected application/problem+json, got ${response.headers.get('content-type')} (${response.status})`);
  }
  return (await response.json()) as Record<string, unknown>;
}

/** Logs in through the web form and returns the Cookie header the session needs. */
export async function loginCookie(app: Hono, token: string): Promise<string> {
  const response = await app.request('/login', {
    method: 'POST',
    headers: { Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, next: '/' }).toString(),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 303 || cookie === undefined) throw new Error(`login failed with ${response.status}`);
  return cookie;
}
