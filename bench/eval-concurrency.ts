/**
 * Wall time of eval runs at different concurrency levels: (1) the committed offline suites in
 * evals/suites at concurrency 1 and 4; (2) 16 proposal cases against a mocked model that answers in
 * 200 ms, at concurrency 1 and 8 (the case that concurrency exists for).
 * Run: npx tsx bench/eval-concurrency.ts
 */
import { createOfflineEngine } from '../src/engines/offline/index.ts';
import { loadSuites } from '../src/evals/load-suites.ts';
import { LATENCY_MS, modelEngine, proposalSuite, timed } from './lib/mock-model.ts';

async function main(): Promise<number> {
  try {
    const suites = await loadSuites({ suitesDir: 'evals/suites', fixturesDir: 'evals/fixtures' });
    // The first run pays for JIT warm-up and module loading; time the runs after it.
    await timed('offline suites (warm-up)', suites, createOfflineEngine(), 4);
    await timed('offline suites', suites, createOfflineEngine(), 1);
    await timed('offline suites', suites, createOfflineEngine(), 4);
  } catch (error) {
    console.log(`offline suites skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
  const suite = proposalSuite();
  const serial = await timed(`mocked model (${LATENCY_MS} ms a call)`, [suite], modelEngine(), 1);
  const parallel = await timed(`mocked model (${LATENCY_MS} ms a call)`, [suite], modelEngine(), 8);
  console.log(`speed-up at concurrency 8: ${(serial / parallel).toFixed(1)}x`);
  return 0;
}

process.exitCode = await main();
