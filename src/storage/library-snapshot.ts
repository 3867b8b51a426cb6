/**
 * One validated, frozen view of the library document. A store keeps the latest snapshot and hands
 * out its parts, so a read copies and validates nothing; a change builds the next snapshot.
 */
import type { StoredDraft } from '../domain/ports.ts';
import type { Profile, ProofItem } from '../domain/schemas.ts';
import type { LibraryDoc } from './library-data.ts';

export interface LibrarySnapshot {
  readonly doc: LibraryDoc;
  readonly profile: Profile;
  /** The library; the same array object for as long as the proof list is unchanged. */
  readonly proof: ProofItem[];
  readonly byId: ReadonlyMap<string, ProofItem>;
  /** Drafts an older file kept inside the document. */
  readonly legacyDrafts: readonly StoredDraft[];
}

/** Freezes `value` and everything in it; parts already frozen (kept from a snapshot) are skipped. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}

/** The snapshot of `doc`; parts unchanged since `previous` are reused, so their identity holds. */
export function snapshotOf(doc: LibraryDoc, previous: LibrarySnapshot | null = null): LibrarySnapshot {
  const frozen = deepFreeze(doc);
  if (previous !== null && previous.doc.proof === frozen.proof) return { ...previous, doc: frozen, profile: frozen.profile };
  return {
    doc: frozen,
    profile: frozen.profile,
    proof: frozen.proof,
    byId: new Map(frozen.proof.map((item) => [item.id, item])),
    legacyDrafts: frozen.drafts ?? [],
  };
}
