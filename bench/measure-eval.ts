/**
 * The eval runner against a mocked model answering in 200 ms: 100 proposal cases at concurrency 8,
 * next to the ideal ceil(100 / 8) x 200 ms (every call waiting its turn and nothing else).
 * Prints one JSON line last. Run: npx tsx bench/measure-eval.ts
 */
import { LATENCY_MS, modelEngine, proposalSuite, timed } from './lib/mock-model.ts';

const CASES = 100;
const CONCURRENCY = 8;
const suite = proposalSuite(CASES);
await timed('warm-up', [proposalSuite(CONCURRENCY)], modelEngine(), CONCURRENCY);
const ms = await timed(`mocked model (${LATENCY_MS} ms a call)`, [suite], modelEngine(), CONCURRENCY);
const idealMs = Math.ceil(CASES / CONCURRENCY) * LATENCY_MS;
console.log(JSON.stringify({ eval: { cases: CASES, concurrency: CONCURRENCY, latencyMs: LATENCY_MS, ms, idealMs } }));
