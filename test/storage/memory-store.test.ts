import { describe, expect, it } from 'vitest';
import { BidwrightError } from '../../src/domain/errors.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { proof, runStoreContract } from './store-contract.ts';

runStoreContract('memory store', () => createMemoryStore());

describe('createMemoryStore', () => {
  it('starts from the seed it is given', async () => {
    const store = createMemoryStore({ proof: [proof('seeded')] });
    expect((await store.listProof()).map((item) => item.id)).toEqual(['seeded']);
  });

  it('does not share the seed objects with the caller', async () => {
    const seed = [proof('seeded')];
    const store = createMemoryStore({ proof: seed });
    (seed[0] as { title: string }).title = 'changed';
    expect((await store.getProof('seeded'))?.title).toBe(proof('seeded').title);
  });

  it('throws INVALID_INPUT for a seed with duplicate proof ids', () => {
    expect(() => createMemoryStore({ proof: [proof('a'), proof('a')] })).toThrow(BidwrightError);
    expect(() => createMemoryStore({ proof: [proof('a'), proof('a')] })).toThrow(/duplicate proof id "a"/);
  });

  it('keeps two stores apart', async () => {
    const first = createMemoryStore();
    const second = createMemoryStore();
    await first.addProof(proof('only-first'));
    expect(await second.listProof()).toEqual([]);
  });
});
