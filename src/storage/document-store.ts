/**
 * The Store behaviour shared by the memory and file stores: the library is one document, read as
 * a frozen snapshot and changed through the library rules; drafts are an append-only log.
 */
import type { Store, StoredDraft } from '../domain/ports.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { StoredDraftRecord } from './library-data.ts';
import type { LibraryBackend } from './library-file.ts';
import { addProofTo, clearProofIn, importProofInto, removeProofFrom, setProfileIn } from './library-ops.ts';
import { boundsOf, keepLatest, pageOf } from './record-page.ts';
import type { RecordLog } from './record-log.ts';
import { type PipelineLogs, pipelineMethods } from './pipeline-records.ts';

/** Builds a Store over a library document, a draft log and the pipeline's logs. */
export function createDocumentStore(library: LibraryBackend, drafts: RecordLog<StoredDraft>, pipeline: PipelineLogs): Store {
  return {
    getProfile: async () => (await library.read()).profile,
    setProfile: (profile) => library.update((snapshot) => setProfileIn(snapshot, profile)),
    listProof: async () => (await library.read()).proof,
    getProof: async (id) => (await library.read()).byId.get(id) ?? null,
    addProof: (item) => library.update((snapshot) => addProofTo(snapshot, item)),
    importProof: (items, { replace = false } = {}) => library.update((snapshot) => importProofInto(snapshot, items, replace), { backup: replace }),
    removeProof: (id) => library.update((snapshot) => removeProofFrom(snapshot, id)),
    clearProof: () => library.update(clearProofIn, { backup: true }),
    listDrafts: async (query) => {
      const bounds = boundsOf(query);
      const { legacyDrafts } = await library.read();
      const latest = new Map<string, StoredDraft>();
      for (const draft of [...legacyDrafts, ...(await drafts.candidates(bounds))]) keepLatest(latest, draft);
      return pageOf(latest.values(), bounds);
    },
    // The library is not read: a draft save costs the same whatever the library or the log holds.
    saveDraft: async (draft) => drafts.append(parseOrThrow(StoredDraftRecord, draft, 'The draft')),
    ...pipelineMethods(pipeline),
  };
}
