import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { shortlist } from '../../src/app/shortlist.ts';
import { triage } from '../../src/app/triage.ts';
import { compareEntries, scoreParts, totalScore } from '../../src/domain/shortlist.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { readBatch } from '../../src/parse/batch-posts.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { exampleStore } from '../helpers/example-store.ts';

/** Posts written for this test: a spread of fit, budget and proof against the example library. */
const EXTRA = [
  'Weekly Looker Studio report from our GA4 data\n\nHourly: $20.00 - $30.00\n\nBuild a Looker Studio report on our GA4 property and keep it up to date.\n\nPayment method verified',
  'Unreal Engine shooter blueprints\n\nFixed-price $3,000\n\nBuild weapon blueprints for our third-person shooter in Unreal Engine 5.',
  'Please reply with your WhatsApp number\n\nFixed-price $50\n\nWe need a data entry helper. Send your WhatsApp and we pay outside the platform.',
];

async function fixture() {
  const posts = [...readBatch(await readFile(new URL('../../examples/posts.txt', import.meta.url), 'utf8')).posts.map((post) => post.text), ...EXTRA];
  const deps = { engine: createOfflineEngine(), store: await exampleStore(), ranker: createProofRanker() };
  return { posts, deps };
}

describe('shortlist', () => {
  it('orders posts by verdict, then by the score each triage gives, as the rule in domain/shortlist.ts says', async () => {
    const { posts, deps } = await fixture();
    const list = await shortlist({ posts }, deps);
    // The expected order is worked out from each post's own triage, not written down.
    const triaged = await Promise.all(posts.map(async (text, at) => ({ triage: await triage(text, deps), index: at + 1 })));
    const expected = triaged
      .map(({ triage: result, index }) => ({ index, verdict: result.verdict, score: totalScore(scoreParts(result)) }))
      .sort(compareEntries)
      .map((entry) => entry.index);
    expect(list.entries.map((entry) => entry.index)).toEqual(expected);
    expect(list.entries.map((entry) => entry.rank)).toEqual(posts.map((_, at) => at + 1));
    expect(new Set(list.entries.map((entry) => entry.verdict)).size).toBeGreaterThan(1);
  });

  it('says how many of the posts are worth pursuing, and gives each a one-line reason', async () => {
    const { posts, deps } = await fixture();
    const list = await shortlist({ posts }, deps);
    const pursue = list.entries.filter((entry) => entry.verdict === 'pursue').length;
    expect(list.summary.startsWith(`${pursue} of ${posts.length} worth pursuing`)).toBe(true);
    expect(list.counts.pursue).toBe(pursue);
    for (const entry of list.entries) {
      expect(entry.reason).not.toContain('\n');
      expect(entry.reason.length).toBeLessThanOrEqual(180);
    }
  });

  it('lists a text that is not a job post as refused and triages the rest', async () => {
    const { deps } = await fixture();
    const list = await shortlist({ text: `${EXTRA[0]}\n---\nhello\n---\n\n` }, deps);
    expect(list.entries).toHaveLength(1);
    expect(list.refused.map((refusal) => refusal.source)).toEqual(['post 2']);
    expect(list.counts.empty).toBe(1);
  });

  it('reads the profile and library once for the whole batch', async () => {
    const { posts, deps } = await fixture();
    let reads = 0;
    const store = {
      ...deps.store,
      listProof: () => {
        reads += 1;
        return deps.store.listProof();
      },
    };
    await shortlist({ posts }, { ...deps, store });
    expect(reads).toBe(1);
  });

  it('reports progress after each post', async () => {
    const { posts, deps } = await fixture();
    const seen: string[] = [];
    await shortlist({ posts }, deps, { onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(posts.map((_, at) => `${at + 1}/${posts.length}`));
  });
});
