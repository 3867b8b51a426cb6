/**
 * A Store that keeps everything in memory: for tests, evals and one-off runs that must not touch
 * the disk.
 */
import type { Store } from '../domain/ports.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { createDocumentStore } from './document-store.ts';
import { StoreData, defaultStoreData } from './store-data.ts';

/** Creates an in-memory store, optionally seeded; throws INVALID_INPUT when the seed is invalid. */
export function createMemoryStore(initial: Partial<StoreData> = {}): Store {
  let doc: StoreData = parseOrThrow(StoreData, { ...defaultStoreData(), ...initial }, 'The initial store data');
  return createDocumentStore({
    load: async () => doc,
    save: async (next) => {
      doc = next;
    },
  });
}
