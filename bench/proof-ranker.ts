/**
 * What the server's shared proof ranker saves: ranking one post against a 10,000-item library with
 * a fresh index per request (as the CLI does) versus the cached index (as `serve` does).
 * Run: npx tsx bench/proof-ranker.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ProofItem } from '../src/domain/schemas.ts';
import { parseJobPost } from '../src/parse/parse-job-post.ts';
import { createProofRanker } from '../src/retrieval/proof-ranker.ts';
import { rankProof } from '../src/retrieval/rank-proof.ts';
import { BENCH_LIBRARY } from './lib/library.ts';

const SIZE = 10_000;
const post = parseJobPost(readFileSync(fileURLToPath(new URL('../examples/job-post.txt', import.meta.url)), 'utf8'));
const library = Array.from({ length: SIZE }, (_, i) => {
  const base = BENCH_LIBRARY[i % BENCH_LIBRARY.length]!;
  return ProofItem.parse({ ...base, id: `${base.id}-${i}`, title: `${base.title} (${i})` });
});

function time(label: string, run: () => unknown, times = 5): void {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} median ${samples[Math.floor(samples.length / 2)]!.toFixed(1)} ms`);
}

const ranker = createProofRanker();
ranker.rank(library, post, 3);
time(`fresh index per post (${SIZE} items)`, () => rankProof(library, post, 3));
time(`shared ranker, same library`, () => ranker.rank(structuredClone(library), post, 3));
