/**
 * HTTP benchmark: `npx tsx bench/http.ts [requests] [concurrency]`.
 *
 * Starts the real server on a free loopback port (offline engine, memory store holding the example
 * proof library), then fires POST /api/proposals with the example job post over real sockets at a
 * fixed concurrency. Bounded in count and in time (stops after 60 s whatever the count). Prints
 * requests per second, p50/p95/max latency, the error count, the core's own time per proposal (no
 * HTTP) for comparison, and the size of the web form page.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { propose } from '../src/app/propose.ts';
import { loadConfig } from '../src/config.ts';
import { ProofItem } from '../src/domain/schemas.ts';
import { createOfflineEngine } from '../src/engines/offline/index.ts';
import { createApp } from '../src/http/create-app.ts';
import { startServer } from '../src/http/serve.ts';
import { createMemoryStore } from '../src/storage/memory-store.ts';
import { createProofRanker } from '../src/retrieval/proof-ranker.ts';

const REQUESTS = Math.max(1, Math.min(Number(process.argv[2] ?? 2000), 20_000));
const CONCURRENCY = Math.max(1, Math.min(Number(process.argv[3] ?? 8), 64));
const TIME_LIMIT_MS = 60_000;
const WARMUP = 20;
const examples = fileURLToPath(new URL('../examples/', import.meta.url));

const proof = (JSON.parse(readFileSync(`${examples}proof.json`, 'utf8')) as unknown[]).map((item) => ProofItem.parse(item));
const post = readFileSync(`${examples}job-post.txt`, 'utf8');
const body = JSON.stringify({ jobPost: post });

const app = createApp({
  engine: createOfflineEngine(),
  store: createMemoryStore({ proof }),
  ranker: createProofRanker(),
  clock: { now: () => new Date() },
  logger: { log: () => undefined },
  token: undefined,
  bodyLimit: 1024 * 1024,
  // The bench floods on purpose: lift the work limit above its own request count.
  access: loadConfig({ BIDWRIGHT_RATE_LIMIT: String(REQUESTS + WARMUP) }).server.access,
});
const server = await startServer({ app, host: '127.0.0.1', port: 0, token: undefined, logger: { log: () => undefined } });

async function one(): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/proposals`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  const ok = response.status === 200 && ((await response.json()) as { text?: string }).text !== undefined;
  return { ms: performance.now() - started, ok };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

try {
  for (let i = 0; i < WARMUP; i++) await one();

  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const began = performance.now();
  const deadline = began + TIME_LIMIT_MS;
  const worker = async () => {
    while (issued < REQUESTS && performance.now() < deadline) {
      issued += 1;
      const { ms, ok } = await one();
      latencies.push(ms);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - began) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);

  // The same work without HTTP, one call at a time: what the server adds on top of the core.
  const coreDeps = { engine: createOfflineEngine(), store: createMemoryStore({ proof }), ranker: createProofRanker(), clock: { now: () => new Date() } };
  const coreRuns = 200;
  const coreStarted = performance.now();
  for (let i = 0; i < coreRuns; i++) await propose({ jobPost: post }, coreDeps);
  const coreMs = (performance.now() - coreStarted) / coreRuns;

  const page = await fetch(`${server.url}/`);
  const pageBytes = (await page.arrayBuffer()).byteLength;

  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'} x${os.cpus().length}, node ${process.version}`);
  console.log(`POST /api/proposals (offline engine, ${proof.length} proof items, ${post.length}-char post), concurrency ${CONCURRENCY}`);
  console.log(`  requests ${latencies.length}${latencies.length < REQUESTS ? ` (stopped at the ${TIME_LIMIT_MS / 1000} s limit)` : ''}, errors ${errors}`);
  console.log(`  throughput ${(latencies.length / seconds).toFixed(1)} req/s over ${seconds.toFixed(1)} s`);
  console.log(
    `  latency p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`,
  );
  console.log(`  the core alone (propose(), in process, sequential): ${coreMs.toFixed(1)} ms a call = ${(1000 / coreMs).toFixed(1)} calls/s on one core`);
  console.log(`GET / (web form page): ${page.status}, ${pageBytes.toLocaleString('en-US')} bytes`);
  if (errors > 0) process.exitCode = 1;
} finally {
  await server.close();
}
