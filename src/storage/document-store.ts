/**
 * The Store behaviour shared by the memory and file stores: both keep one StoreData document and
 * differ only in how it is loaded and saved.
 */
import type { Store } from '../domain/ports.ts';
import { BidwrightError } from '../domain/errors.ts';
import { describeIssues } from '../domain/validate.ts';
import { StoreData } from './store-data.ts';
import { addProofTo, importProofInto, listDraftsIn, removeProofFrom, saveDraftIn, setProfileIn, type Change } from './store-ops.ts';

/** Where the document lives. `save` must not change what `load` returns unless it succeeds. */
export interface DocumentBackend {
  load(): Promise<StoreData>;
  save(next: StoreData): Promise<void>;
}

/** Builds a Store over `backend`. Operations run one at a time, so concurrent calls lose nothing. */
export function createDocumentStore(backend: DocumentBackend): Store {
  // Each operation waits for the one before it: a change reads the document the last one wrote.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const run = queue.then(operation, operation);
    queue = run.catch(() => undefined);
    return run;
  };

  const read = <T>(pick: (doc: StoreData) => T): Promise<T> => serial(async () => structuredClone(pick(await backend.load())));

  const change = <T>(apply: (doc: StoreData) => Change<T>): Promise<T> =>
    serial(async () => {
      const { next, result } = apply(await backend.load());
      const checked = StoreData.safeParse(next);
      if (!checked.success) {
        // The operations validate their input, so this is a guard: never write an invalid document.
        throw new BidwrightError('INVALID_INPUT', `The change was not saved: ${describeIssues(checked.error)}.`);
      }
      await backend.save(checked.data);
      return structuredClone(result);
    });

  return {
    getProfile: () => read((doc) => doc.profile),
    setProfile: (profile) => change((doc) => setProfileIn(doc, profile)),
    listProof: () => read((doc) => doc.proof),
    getProof: (id) => read((doc) => doc.proof.find((item) => item.id === id) ?? null),
    addProof: (item) => change((doc) => addProofTo(doc, item)),
    importProof: (items) => change((doc) => importProofInto(doc, items)),
    removeProof: (id) => change((doc) => removeProofFrom(doc, id)),
    listDrafts: (limit) => serial(async () => structuredClone(listDraftsIn(await backend.load(), limit))),
    saveDraft: (draft) => change((doc) => saveDraftIn(doc, draft)),
  };
}
