/**
 * A snapshot of what the offline engine concludes on every shared real post: the triage verdict,
 * its reasons, the proof it matched and the draft it writes. Used to see what a change moved:
 * run it before and after, then diff the two files.
 * Run: npx tsx bench/snapshot-shared-posts.ts [OUT.json]. Prints a summary; writes OUT when given.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { propose } from '../src/app/propose.ts';
import { ProofItem } from '../src/domain/schemas.ts';
import { triage } from '../src/app/triage.ts';
import { createOfflineEngine } from '../src/engines/offline/index.ts';
import { createMemoryStore } from '../src/storage/memory-store.ts';
import { BENCH_LIBRARY } from './lib/library.ts';
import { compose, dataPath, loadSharedPosts, truthBudget } from '../src/evals/shared-posts.ts';
import { createProofRanker } from '../src/retrieval/proof-ranker.ts';

const examples = JSON.parse(readFileSync(new URL('../examples/proof.json', import.meta.url), 'utf8')) as unknown[];
const library = [...BENCH_LIBRARY, ...examples.map((raw) => ProofItem.parse(raw))];

async function main(): Promise<void> {
  const posts = loadSharedPosts();
  if (posts === null) {
    console.log(`skipped: ${dataPath} is missing`);
    return;
  }
  const store = createMemoryStore({ proof: library });
  await store.setProfile({ ...(await store.getProfile()), rateFloor: 30, skills: ['Python', 'SQL', 'Excel'] });
  const engine = createOfflineEngine();
  const ranker = createProofRanker();
  const clock = { now: () => new Date('2026-12-01T00:00:00Z') };
  const rows = [];
  const verdicts: Record<string, number> = {};
  for (const [i, raw] of posts.entries()) {
    const { page } = compose(raw, i, truthBudget(raw));
    const verdict = await triage(page, { engine, store, ranker });
    const proposal = await propose({ jobPost: page }, { engine, store, ranker, clock });
    verdicts[verdict.verdict] = (verdicts[verdict.verdict] ?? 0) + 1;
    rows.push({
      index: i,
      title: raw.title,
      verdict: verdict.verdict,
      reasons: verdict.reasons.map((reason) => reason.text),
      proof: verdict.bestProof.map((match) => `${match.id} (${match.matchedTerms.join(', ')})`),
      draft: proposal.text,
      citations: proposal.citations,
      findings: proposal.findings.map((finding) => `${finding.ruleId} ${finding.severity}: ${finding.message}`),
    });
  }
  const withProof = rows.filter((row) => row.proof.length > 0).length;
  console.log(`posts: ${rows.length}; verdicts: ${JSON.stringify(verdicts)}; with proof: ${withProof}`);
  const out = process.argv[2];
  if (out) {
    writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
    console.log(`written: ${out}`);
  }
}

await main();
