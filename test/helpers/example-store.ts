/** A memory store with the shipped example profile and proof (examples/), as a new user would set it up. */
import { readFile } from 'node:fs/promises';
import type { Store } from '../../src/domain/ports.ts';
import { Profile, ProofItem } from '../../src/domain/schemas.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';

const example = async (name: string): Promise<unknown> => JSON.parse(await readFile(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));

/** The example profile and proof in a fresh memory store. */
export async function exampleStore(): Promise<Store> {
  const store = createMemoryStore();
  await store.setProfile(Profile.parse(await example('profile.json')));
  await store.importProof(ProofItem.array().parse(await example('proof.json')));
  return store;
}
