/**
 * Batch triage speed: the shared posts (../shared/data, never copied here) repeated to 1,000 and
 * ranked into one shortlist by the offline engine against the eval fixtures' default profile and
 * library, in process. Prints posts per second for a cold run (the content tables and the proof
 * index built on the way) and a warm one.
 * Run: npx tsx bench/shortlist.ts [count]
 */
import { readFileSync } from 'node:fs';
import { shortlist } from '../src/app/shortlist.ts';
import { Profile, ProofItem } from '../src/domain/schemas.ts';
import { createOfflineEngine } from '../src/engines/offline/index.ts';
import { createProofRanker } from '../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../src/storage/memory-store.ts';
import { sharedBatch } from './write-shared-batch.ts';

const fixture = (path: string): unknown => JSON.parse(readFileSync(new URL(`../evals/fixtures/${path}`, import.meta.url), 'utf8'));
const count = Number(process.argv[2] ?? 1_000);
const store = createMemoryStore({
  profile: Profile.parse(fixture('profiles/default.json')),
  proof: ProofItem.array().parse(fixture('libraries/default.json')),
});
const deps = { engine: createOfflineEngine(), store, ranker: createProofRanker() };
const posts = sharedBatch(count);

for (const run of ['cold', 'warm']) {
  const started = performance.now();
  const list = await shortlist({ posts }, deps);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${run}: ${posts.length} posts in ${seconds.toFixed(1)} s = ${(posts.length / seconds).toFixed(0)} posts/s (${list.summary})`);
}
