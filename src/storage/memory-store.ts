/**
 * A Store that keeps everything in memory: for tests, evals and one-off runs that must not touch
 * the disk. It keeps the same snapshots and rules as the file store.
 */
import type { Store, StoredDraft } from '../domain/ports.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { createDocumentStore } from './document-store.ts';
import { LibraryDoc, defaultLibraryDoc } from './library-data.ts';
import type { LibraryBackend } from './library-file.ts';
import { deepFreeze, snapshotOf } from './library-snapshot.ts';
import { keepLatest } from './record-page.ts';
import type { RecordLog } from './record-log.ts';
import { createMemoryLog } from './pipeline-records.ts';

/** Creates an in-memory store, optionally seeded; throws INVALID_INPUT when the seed is invalid. */
export function createMemoryStore(initial: Partial<LibraryDoc> = {}): Store {
  // structuredClone: the seed stays the caller's, and freezing it must not reach back to them.
  let snapshot = snapshotOf(parseOrThrow(LibraryDoc, structuredClone({ ...defaultLibraryDoc(), ...initial }), 'The initial store data'));
  let queue: Promise<unknown> = Promise.resolve();
  const library: LibraryBackend = {
    read: async () => snapshot,
    update: (apply) => {
      // One change at a time, as on disk, so each sees the one before.
      const run = queue.then(() => {
        const { next, result } = apply(snapshot);
        snapshot = snapshotOf(next, snapshot);
        return result;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
  const saved = new Map<string, StoredDraft>();
  const drafts: RecordLog<StoredDraft> = {
    append: async (record) => keepLatest(saved, deepFreeze(record)),
    candidates: async () => [...saved.values()],
  };
  return createDocumentStore(library, drafts, { proposals: createMemoryLog(), events: createMemoryLog() });
}
