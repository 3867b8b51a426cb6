import { describe, expect, it } from 'vitest';
import { createLibraryPreparer } from '../../src/app/prepare-library.ts';
import { libraryMemo } from '../../src/domain/library-memo.ts';
import { ProofItem } from '../../src/domain/schemas.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { BidwrightError } from '../../src/domain/errors.ts';

const item = ProofItem.parse({ id: 'shop-fix', kind: 'case_study', title: 'Shopify checkout fix', skills: ['Shopify'] });
const other = ProofItem.parse({ id: 'sheet-fix', kind: 'case_study', title: 'Inventory sheet rebuild', skills: ['Excel'] });

/** A ranker that records each library it is asked to prepare. */
function recordingRanker() {
  const prepared: ProofItem[][] = [];
  return { ranker: { ...createProofRanker(), prepare: (items: ProofItem[]) => void prepared.push(items) }, prepared };
}

describe('createLibraryPreparer', () => {
  it("hands the store's library to the ranker and says how many items it holds", async () => {
    const store = createMemoryStore();
    await store.addProof(item);
    const { ranker, prepared } = recordingRanker();
    expect(await createLibraryPreparer({ store, ranker })()).toEqual({ items: 1, changed: true });
    expect(prepared).toEqual([await store.listProof()]);
  });

  it('does nothing more until the library changes, then prepares the changed one', async () => {
    const store = createMemoryStore();
    await store.addProof(item);
    const { ranker, prepared } = recordingRanker();
    const prepare = createLibraryPreparer({ store, ranker });
    await prepare();
    expect(await prepare()).toEqual({ items: 1, changed: false });
    expect(prepared).toHaveLength(1);
    await store.addProof(other);
    expect(await prepare()).toEqual({ items: 2, changed: true });
    expect(prepared.map((library) => library.length)).toEqual([1, 2]);
  });

  it('works out what the memos derive from the library, once', async () => {
    const store = createMemoryStore();
    await store.addProof(item);
    const seen: number[] = [];
    const titles = libraryMemo((library) => {
      seen.push(library.length);
      return library.map((entry) => entry.title);
    });
    const prepare = createLibraryPreparer({ store, ranker: createProofRanker() });
    await prepare();
    await prepare();
    expect(seen).toEqual([1]);
    // A request then finds it done.
    expect(titles(await store.listProof())).toEqual(['Shopify checkout fix']);
    expect(seen).toEqual([1]);
  });

  it('answers 0 for an empty library', async () => {
    expect(await createLibraryPreparer({ store: createMemoryStore(), ranker: createProofRanker() })()).toEqual({ items: 0, changed: true });
  });

  it("throws the store's error when the library cannot be read", async () => {
    const store = { ...createMemoryStore(), listProof: () => Promise.reject(new BidwrightError('STORE_CORRUPT', 'bidwright.json is not valid JSON')) };
    await expect(createLibraryPreparer({ store, ranker: createProofRanker() })()).rejects.toThrow('bidwright.json is not valid JSON');
  });
});
