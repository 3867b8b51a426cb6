/**
 * Lint size benchmark: `npx tsx bench/lint-size.ts`.
 *
 * Starts the real server on a free loopback port (offline engine, the example proof library) and
 * posts drafts of 10k, 100k and 1M characters to POST /api/lint over a real socket, with the
 * example job post as context: a realistic draft repeated, and hostile text (runs of digits, "@",
 * ".", spaces and "%"); and a draft that repeats a deadline and a question against a 100k post. Prints the time of each request and its status (a draft over the limit is
 * refused, and should be refused at once). Lint time should grow in step with the text: ten times
 * the text, about ten times the time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { propose } from '../src/app/propose.ts';
import { loadConfig } from '../src/config.ts';
import { ProofItem } from '../src/domain/schemas.ts';
import { createOfflineEngine } from '../src/engines/offline/index.ts';
import { createApp } from '../src/http/create-app.ts';
import { startServer } from '../src/http/serve.ts';
import { createProofRanker } from '../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../src/storage/memory-store.ts';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const proof = (JSON.parse(readFileSync(`${examples}proof.json`, 'utf8')) as unknown[]).map((item) => ProofItem.parse(item));
const jobPost = readFileSync(`${examples}job-post.txt`, 'utf8');
const deps = { engine: createOfflineEngine(), store: createMemoryStore({ proof }), ranker: createProofRanker(), clock: { now: () => new Date() } };
const draft = (await propose({ jobPost }, deps)).text;
const SIZES = [10_000, 100_000, 1_000_000];
/** `unit` repeated and cut to exactly `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
// Long runs are what made patterns backtrack: each kind gets a sixth of the text.
const RUNS = ['7', '@', '.', ' ', '%', '1,'];
const TEXTS: Record<string, (size: number) => string> = {
  'realistic draft': (size) => fill(`${draft}\n\n`, size),
  'hostile runs': (size) => fill(RUNS.map((unit) => fill(unit, Math.ceil(size / RUNS.length))).join(''), size),
  // Against the longest post: a rule that reads the post once per sentence or per match shows here.
  'repeated deadline and question, 100k post': (size) => fill('I can finish by Monday. How would you reconcile the exports? ', size),
};
const LONG_POST = fill(`${jobPost}\n`, 100_000);
const postFor = (name: string) => (name.endsWith('100k post') ? LONG_POST : jobPost);

const silent = { log: () => undefined };
// The bench sends many large requests from one address: above the limit a single user meets.
const app = createApp({
  ...deps,
  logger: silent,
  token: undefined,
  bodyLimit: 1024 * 1024,
  access: loadConfig({ BIDWRIGHT_RATE_LIMIT: '100000' }).server.access,
});
const server = await startServer({ app, host: '127.0.0.1', port: 0, token: undefined, logger: silent });
try {
  // One small request first, so the figures do not include compiling the rules.
  await fetch(`${server.url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: draft, jobPost }) });
  for (const [name, make] of Object.entries(TEXTS)) {
    for (const size of SIZES) {
      const body = JSON.stringify({ text: make(size), jobPost: postFor(name) });
      const started = performance.now();
      const response = await fetch(`${server.url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      await response.arrayBuffer();
      const ms = performance.now() - started;
      console.log(`POST /api/lint, ${name}, ${size.toLocaleString('en-US')} chars: ${response.status} in ${ms.toFixed(0)} ms`);
    }
  }
} finally {
  await server.close();
}
