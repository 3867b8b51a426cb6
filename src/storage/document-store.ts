/**
 * The Store behaviour shared by the memory and file stores: the library is one document, read as
 * a frozen snapshot and changed through the library rules; drafts are an append-only log.
 */
import { StoredDraft } from '../domain/draft-record.ts';
import type { Store } from '../domain/ports.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { draftFilter } from './draft-filter.ts';
import type { LibraryBackend } from './library-file.ts';
import { addProofTo, clearProofIn, importProofInto, removeProofFrom, setProfileIn } from './library-ops.ts';
import { type Bounds, boundsOf, keepLatest, pageOf } from './record-page.ts';
import type { RecordLog } from './record-log.ts';
import { type PipelineLogs, pipelineMethods } from './pipeline-records.ts';

// A page of none: the log stops reading older months once one record passes the filter.
const FIRST_MATCH: Bounds = { limit: 0, since: Number.NEGATIVE_INFINITY, until: Number.POSITIVE_INFINITY, after: null };

/** Builds a Store over a library document, a draft log and the pipeline's logs. */
export function createDocumentStore(library: LibraryBackend, drafts: RecordLog<StoredDraft>, pipeline: PipelineLogs): Store {
  /** One version per id of the drafts that pass `keep`: the log's and those an older library file holds. */
  const kept = async (bounds: Bounds, keep: ((draft: StoredDraft) => boolean) | null): Promise<StoredDraft[]> => {
    const { legacyDrafts } = await library.read();
    const latest = new Map<string, StoredDraft>();
    for (const draft of [...legacyDrafts, ...(await drafts.candidates(bounds, keep ?? undefined))]) keepLatest(latest, draft);
    return keep === null ? [...latest.values()] : [...latest.values()].filter(keep);
  };

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
      return pageOf(await kept(bounds, draftFilter(query)), bounds);
    },
    getDraft: async (id) => (await kept(FIRST_MATCH, (draft) => draft.id === id))[0] ?? null,
    // The library is not read: a draft save costs the same whatever the library or the log holds.
    saveDraft: async (draft) => drafts.append(parseOrThrow(StoredDraft, draft, 'The draft')),
    ...pipelineMethods(pipeline),
  };
}
