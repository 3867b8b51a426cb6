/**
 * Store write benchmark: `npx tsx bench/store-writes.ts`.
 *
 * One draft saved into a data directory already holding 100, and then 20,000, drafts (each about
 * 1,500 characters, spread over twelve months, beside a library of 10,000 proof items): the
 * median of 200 saves on an open store, and of 20 first saves by a freshly opened store (a CLI run).
 * Then `listProof()` with 10,000 items, asked 200 times when nothing changed. The target: a write
 * with 20,000 drafts costs at most 1.5x a write with 100.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { NewDraft } from '../src/domain/draft-record.ts';
import { createFileStore } from '../src/storage/file-store.ts';

const PROOF_ITEMS = 10_000;
const SAVES = 200;
const TEXT = 'I rebuilt a stock sheet like yours for a two-warehouse seller and merged 137 duplicate SKUs. '.repeat(16);

function draftAt(index: number, when: Date): NewDraft {
  return { id: `seed-${index}`, text: TEXT, createdAt: when.toISOString(), postTitle: 'Stock sheet clean-up', postKey: `post-${index % 500}` };
}

/** A data directory with `drafts` drafts over the twelve months to November 2026 and the proof library. */
async function seed(drafts: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bidwright-store-bench-'));
  const proof = Array.from({ length: PROOF_ITEMS }, (_, i) => ({
    id: `item-${i}`,
    kind: 'case_study',
    title: `Inventory reconciliation ${i}`,
    problem: 'Stock counts drifted between the warehouse sheet and the storefront.',
    skills: ['Google Sheets', 'Python'],
  }));
  await writeFile(path.join(dir, 'bidwright.json'), JSON.stringify({ version: 1, profile: {}, proof }));
  const months = new Map<string, string[]>();
  for (let i = 0; i < drafts; i += 1) {
    const when = new Date(Date.UTC(2025, 11, 1) + Math.floor((i / drafts) * 360) * 86_400_000);
    const month = when.toISOString().slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), JSON.stringify(draftAt(i, when))]);
  }
  await mkdir(path.join(dir, 'drafts'));
  for (const [month, lines] of months) await writeFile(path.join(dir, 'drafts', `${month}.jsonl`), `${lines.join('\n')}\n`);
  return dir;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const ROUNDS = 20;

/**
 * Milliseconds per save, the median over all rounds: on an open store, and the first save of a
 * freshly opened one. The sizes take turns round by round, so a busy machine slows both alike.
 */
async function writeCosts(sizes: number[]): Promise<Map<number, { open: number; fresh: number; read: number }>> {
  const dirs = await Promise.all(sizes.map(seed));
  const stores = await Promise.all(dirs.map((dir) => createFileStore({ dir })));
  // As a proposal does: read the newest page for the reuse check, then save.
  await Promise.all(stores.map((store) => store.listDrafts({ limit: 50 })));
  const samples = sizes.map(() => ({ open: [] as number[], fresh: [] as number[], read: [] as number[] }));
  let next = 0;
  const save = () => draftAt(1_000_000 + (next += 1), new Date(Date.UTC(2026, 11, 6) + next));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, dir] of dirs.entries()) {
      const store = stores[index];
      const sample = samples[index];
      if (store === undefined || sample === undefined) continue;
      for (let i = 0; i < SAVES / ROUNDS; i += 1) sample.open.push(await timed(() => store.saveDraft(save())));
      sample.read.push(await timed(() => store.listDrafts({ limit: 50 })));
      const fresh = await createFileStore({ dir });
      sample.fresh.push(await timed(() => fresh.saveDraft(save())));
    }
  }
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  const medians = (index: number) => {
    const sample = samples[index];
    return { open: median(sample?.open ?? []), fresh: median(sample?.fresh ?? []), read: median(sample?.read ?? []) };
  };
  return new Map(sizes.map((size, index) => [size, medians(index)]));
}

async function listProofCost(): Promise<{ first: number; repeat: number }> {
  const dir = await seed(0);
  try {
    const store = await createFileStore({ dir });
    const first = await timed(() => store.listProof());
    const repeats: number[] = [];
    for (let i = 0; i < SAVES; i += 1) repeats.push(await timed(() => store.listProof()));
    return { first, repeat: median(repeats) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const costs = await writeCosts([100, 20_000]);
const none = { open: Number.NaN, fresh: Number.NaN, read: Number.NaN };
const small = costs.get(100) ?? none;
const large = costs.get(20_000) ?? none;
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(
  `one draft save, open store:   ${fmt(small.open)} with 100 drafts, ${fmt(large.open)} with 20,000 (${(large.open / small.open).toFixed(2)}x; target <= 1.5x)`,
);
console.log(`one draft save, fresh store:  ${fmt(small.fresh)} with 100 drafts, ${fmt(large.fresh)} with 20,000 (${(large.fresh / small.fresh).toFixed(2)}x)`);
console.log(`newest 50 drafts (the reuse check): ${fmt(small.read)} with 100 drafts, ${fmt(large.read)} with 20,000`);
const list = await listProofCost();
console.log(`listProof, ${PROOF_ITEMS.toLocaleString('en')} items: first read ${fmt(list.first)}, then ${fmt(list.repeat)} a call while the file is unchanged`);
