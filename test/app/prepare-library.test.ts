import { describe, expect, it } from 'vitest';
import { prepareLibrary } from '../../src/app/prepare-library.ts';
import { ProofItem } from '../../src/domain/schemas.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { BidwrightError } from '../../src/domain/errors.ts';

const item = ProofItem.parse({ id: 'shop-fix', kind: 'case_study', title: 'Shopify checkout fix', skills: ['Shopify'] });

describe('prepareLibrary', () => {
  it("hands the store's library to the ranker and says how many items it holds", async () => {
    const store = createMemoryStore();
    await store.addProof(item);
    const ranker = createProofRanker();
    const prepared: ProofItem[][] = [];
    const recording = { ...ranker, prepare: (items: ProofItem[]) => void prepared.push(items) };
    expect(await prepareLibrary({ store, ranker: recording })).toBe(1);
    expect(prepared).toEqual([await store.listProof()]);
  });

  it('answers 0 for an empty library', async () => {
    expect(await prepareLibrary({ store: createMemoryStore(), ranker: createProofRanker() })).toBe(0);
  });

  it("throws the store's error when the library cannot be read", async () => {
    const store = { ...createMemoryStore(), listProof: () => Promise.reject(new BidwrightError('STORE_CORRUPT', 'bidwright.json is not valid JSON')) };
    await expect(prepareLibrary({ store, ranker: createProofRanker() })).rejects.toThrow('bidwright.json is not valid JSON');
  });
});
