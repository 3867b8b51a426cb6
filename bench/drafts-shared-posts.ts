/**
 * The offline engine's own drafts on the shared real posts: each post as a pasted page, proposed
 * against a small varied library, then scored by the rubric. Prints per-rule hits and timing.
 * Run: npx tsx bench/drafts-shared-posts.ts. Exits non-zero if any draft has an error finding.
 */
import { propose } from '../src/app/propose.ts';
import { createOfflineEngine } from '../src/engines/offline/index.ts';
import { createMemoryStore } from '../src/storage/memory-store.ts';
import { BENCH_LIBRARY } from './lib/library.ts';
import { compose, dataPath, loadSharedPosts, truthBudget } from '../src/evals/shared-posts.ts';
import { createProofRanker } from '../src/retrieval/proof-ranker.ts';

async function main(): Promise<number> {
  const posts = loadSharedPosts();
  if (posts === null) {
    console.log(`skipped: ${dataPath} is missing`);
    return 0;
  }
  const store = createMemoryStore({ proof: BENCH_LIBRARY });
  await store.setProfile({ ...(await store.getProfile()), rateFloor: 30, skills: ['Python', 'SQL', 'Excel'] });
  const engine = createOfflineEngine();
  const ranker = createProofRanker();
  const clock = { now: () => new Date() };
  const hits = new Map<string, { error: number; warn: number }>();
  let withErrors = 0;
  let cited = 0;
  const words: number[] = [];
  const times: number[] = [];
  for (const [i, post] of posts.entries()) {
    const { page } = compose(post, i, truthBudget(post));
    const started = performance.now();
    const proposal = await propose({ jobPost: page }, { engine, store, ranker, clock });
    times.push(performance.now() - started);
    words.push(proposal.text.split(/\s+/).filter(Boolean).length);
    if (proposal.citations.length > 0) cited += 1;
    if (proposal.findings.some((finding) => finding.severity === 'error')) withErrors += 1;
    for (const finding of proposal.findings) {
      const entry = hits.get(finding.ruleId) ?? { error: 0, warn: 0 };
      entry[finding.severity] += 1;
      hits.set(finding.ruleId, entry);
      if (finding.severity === 'error') console.log(`#${i} ${finding.ruleId} ${finding.message}`);
    }
  }
  times.sort((a, b) => a - b);
  words.sort((a, b) => a - b);
  console.log(`drafts: ${posts.length}; with an error finding: ${withErrors}; citing proof: ${cited}`);
  console.log(`words: min ${words[0]}, median ${words[Math.floor(words.length / 2)]}, max ${words.at(-1)}`);
  console.log(`time per draft: slowest ${times.at(-1)?.toFixed(0)} ms (includes warm-up), median ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms`);
  const rules = [...hits.entries()].sort(([a], [b]) => a.localeCompare(b));
  console.log(`findings by rule: ${rules.map(([id, n]) => `${id} ${n.error}e/${n.warn}w`).join(', ') || 'none'}`);
  return withErrors === 0 ? 0 : 1;
}

process.exitCode = await main();
