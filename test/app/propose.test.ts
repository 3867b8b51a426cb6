import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { propose, proposeStream, type ProposeEvent } from '../../src/app/propose.ts';
import { ProofItem } from '../../src/domain/schemas.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { EXAMPLES_DIR } from '../helpers/cli.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';

async function setup() {
  const proof = (JSON.parse(await readFile(`${EXAMPLES_DIR}/proof.json`, 'utf8')) as unknown[]).map((item) => ProofItem.parse(item));
  const store = createMemoryStore({ proof });
  const post = await readFile(`${EXAMPLES_DIR}/job-post.txt`, 'utf8');
  return { store, post, deps: { store, engine: createOfflineEngine(), ranker: createProofRanker(), clock: { now: () => new Date('2026-11-21T10:00:00Z') } } };
}

describe('proposeStream', () => {
  it('yields growing partial drafts, then the same proposal propose returns', async () => {
    const { post, deps } = await setup();
    const events: ProposeEvent[] = [];
    for await (const event of proposeStream({ jobPost: post }, deps)) events.push(event);
    const partials = events.filter((event) => event.type === 'partial');
    const final = events.at(-1);
    expect(partials.length).toBeGreaterThan(3);
    const lengths = partials.map((event) => (event.type === 'partial' ? (event.draft.text ?? '').length : 0));
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(final?.type).toBe('final');
    const direct = await propose({ jobPost: post }, deps);
    expect(final?.type === 'final' && final.proposal.text).toBe(direct.text);
  });

  it('keeps the streamed draft for the reuse check', async () => {
    const { post, deps, store } = await setup();
    for await (const _event of proposeStream({ jobPost: post, tone: 'warm' }, deps)) void _event;
    expect((await store.listDrafts({ limit: 100 })).items).toHaveLength(1);
  });
});

describe('propose', () => {
  it('reports no usage for the offline engine', async () => {
    const { post, deps } = await setup();
    const proposal = await propose({ jobPost: post, length: 'short' }, deps);
    expect(proposal.usage).toBeNull();
    expect(proposal.engine).toBe('offline');
  });

  it('rejects an unknown tone with a message naming the field', async () => {
    const { post, deps } = await setup();
    await expect(propose({ jobPost: post, tone: 'snarky' as 'plain' }, deps)).rejects.toThrow('Tone must be "plain", "warm", "direct" or "formal".');
  });
});

describe('propose with the same work saved twice', () => {
  it('cites the work once, never the same story and figures twice', async () => {
    const { post, deps, store } = await setup();
    const library = await store.listProof();
    const original = library.find((item) => item.id === 'refill-checkout-fix') as ProofItem;
    await store.addProof({ ...original, id: 'refill-checkout-fix-copy', title: `${original.title} (copy)` });
    const proposal = await propose({ jobPost: post }, deps);
    const cited = proposal.citations.filter((id) => id.startsWith('refill-checkout-fix'));
    expect(cited).toHaveLength(1);
    expect(proposal.text.split('mobile checkout completion up 22%').length - 1).toBe(1);
  });
});
