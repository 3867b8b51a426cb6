/**
 * Proof retrieval at 10,000 items through the ranker a server keeps: building its index once, then
 * ranking each of the example post and the 40 shared posts (when present) against it.
 * Prints one JSON line. Run: npx tsx bench/measure-retrieval.ts
 */
import { readFileSync } from 'node:fs';
import { parseJobPost } from '../src/parse/parse-job-post.ts';
import { compose, loadSharedPosts, truthBudget } from '../src/evals/shared-posts.ts';
import { createProofRanker } from '../src/retrieval/proof-ranker.ts';
import { benchLibrary } from './lib/library.ts';
import { percentile } from './lib/load.ts';

const SIZE = 10_000;
const library = Object.freeze(benchLibrary(SIZE)) as never;
const example = readFileSync(new URL('../examples/job-post.txt', import.meta.url), 'utf8');
const shared = (loadSharedPosts() ?? []).map((raw, i) => compose(raw, i, truthBudget(raw)).page);
const posts = [example, ...shared].map((text) => parseJobPost(text));

const ranker = createProofRanker();
const started = performance.now();
ranker.rank(library, posts[0] as never, 3);
const buildMs = performance.now() - started;
for (const post of posts) ranker.rank(library, post, 3);
const samples: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const post of posts) {
    const at = performance.now();
    ranker.rank(library, post, 3);
    samples.push(performance.now() - at);
  }
}
const sorted = samples.sort((a, b) => a - b);
const row = { items: SIZE, posts: posts.length, buildMs, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
process.stderr.write(`retrieval ${SIZE}: index ${buildMs.toFixed(0)} ms, query p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms\n`);
console.log(JSON.stringify({ retrieval: row }));
