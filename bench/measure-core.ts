/**
 * The core alone, in process, one call at a time: propose, triage and lint with 10 and 10,000 proof
 * items, through a store that hands out the same library array on every read (what the store
 * guarantees until the library changes), so this measures computing, not storing.
 * Prints one JSON line. Run: npx tsx bench/measure-core.ts
 */
import { readFileSync } from 'node:fs';
import { lint } from '../src/app/lint.ts';
import { propose } from '../src/app/propose.ts';
import { triage } from '../src/app/triage.ts';
import { StoredDraft } from '../src/domain/draft-record.ts';
import type { Store } from '../src/domain/ports.ts';
import { Profile } from '../src/domain/schemas.ts';
import { createOfflineEngine } from '../src/engines/offline/index.ts';
import { createProofRanker } from '../src/retrieval/proof-ranker.ts';
import { benchLibrary } from './lib/library.ts';
import { percentile } from './lib/load.ts';

const examples = new URL('../examples/', import.meta.url);
const post = readFileSync(new URL('job-post.txt', examples), 'utf8');
const profile = Profile.parse(JSON.parse(readFileSync(new URL('profile.json', examples), 'utf8')));

/** A store for reading: one frozen library, drafts kept in a list. */
function readOnlyStore(size: number): Store {
  const library = Object.freeze(benchLibrary(size)) as never;
  const drafts: StoredDraft[] = [];
  const unused = () => Promise.reject(new Error('not used by the bench'));
  return {
    getProfile: async () => profile,
    setProfile: unused,
    listProof: async () => library,
    getProof: unused,
    addProof: unused,
    importProof: unused,
    removeProof: unused,
    clearProof: unused,
    listDrafts: async ({ limit }) => ({ items: drafts.slice(0, limit), next: null }),
    getDraft: unused,
    saveDraft: async (draft) => void drafts.unshift(StoredDraft.parse(draft)),
    listTrackedProposals: unused,
    getTrackedProposal: unused,
    saveTrackedProposal: unused,
    listPipelineEvents: unused,
    savePipelineEvent: unused,
  };
}

async function time(run: () => Promise<unknown>, budgetMs: number): Promise<{ calls: number; p50: number; mean: number }> {
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  const began = performance.now();
  while (samples.length < 5 || (performance.now() - began < budgetMs && samples.length < 500)) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { calls: samples.length, p50: percentile(sorted, 50), mean: samples.reduce((sum, ms) => sum + ms, 0) / samples.length };
}

const rows = [];
for (const size of [10, 10_000]) {
  const deps = { engine: createOfflineEngine(), store: readOnlyStore(size), ranker: createProofRanker(), clock: { now: () => new Date() } };
  const draft = (await propose({ jobPost: post }, deps)).text;
  const calls = {
    propose: () => propose({ jobPost: post }, deps),
    triage: () => triage(post, deps),
    lint: () => lint({ text: draft, jobPost: post }, deps),
  };
  for (const [use, run] of Object.entries(calls)) {
    const result = await time(run, 2000);
    rows.push({ size, use, ...result });
    process.stderr.write(`core ${size} ${use}: p50 ${result.p50.toFixed(1)} ms over ${result.calls} calls\n`);
  }
}
console.log(JSON.stringify({ core: rows }));
