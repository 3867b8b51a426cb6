import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { propose, ProposeRequest } from '../../src/app/propose.ts';
import { isBidwrightError } from '../../src/domain/errors.ts';
import { ProofItem } from '../../src/domain/schemas.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { EXAMPLES_DIR } from '../helpers/cli.ts';

async function setup() {
  const proof = (JSON.parse(await readFile(`${EXAMPLES_DIR}/proof.json`, 'utf8')) as unknown[]).map((item) => ProofItem.parse(item));
  const store = createMemoryStore({ proof });
  const post = await readFile(`${EXAMPLES_DIR}/job-post.txt`, 'utf8');
  return { post, deps: { store, engine: createOfflineEngine(), ranker: createProofRanker(), clock: { now: () => new Date('2026-12-06T10:00:00Z') } } };
}

describe('the variant option of a proposal request', () => {
  it('accepts whole numbers from 0 to 9999 and leaves it out when not given', () => {
    for (const variant of [0, 1, 42, 9999]) expect(ProposeRequest.parse({ jobPost: 'x', variant }).variant).toBe(variant);
    expect(ProposeRequest.parse({ jobPost: 'x' }).variant).toBeUndefined();
  });

  it('refuses a negative, fractional, huge or non-numeric variant with one clear message', async () => {
    const { post, deps } = await setup();
    for (const variant of [-1, 1.5, 'x', '2', 10_000, 1e21, Number.NaN, Number.POSITIVE_INFINITY, null]) {
      const failure = await propose({ jobPost: post, variant } as unknown as ProposeRequest, deps).catch((error: unknown) => error);
      expect(isBidwrightError(failure) && failure.code, String(variant)).toBe('INVALID_INPUT');
      expect((failure as Error).message, String(variant)).toBe('Variant must be a whole number from 0 (the first draft) to 9999.');
    }
    expect((await deps.store.listDrafts({ limit: 100 })).items).toHaveLength(0);
  });

  it('drafts the same text for the same variant and another wording for the next, citing the same proof', async () => {
    const { post, deps } = await setup();
    const first = await propose({ jobPost: post, variant: 0 }, deps);
    const again = await propose({ jobPost: post }, deps);
    const next = await propose({ jobPost: post, variant: 1 }, deps);
    expect(again.text).toBe(first.text);
    expect(next.text).not.toBe(first.text);
    expect(next.citations).toEqual(first.citations);
  });
});
