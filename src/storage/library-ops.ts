/**
 * The library's rules as pure functions over a snapshot. Each validates its input (only its
 * input: the snapshot is valid already), leaves the snapshot untouched and returns the next
 * document, so a store commits a change only after it has been written.
 */
import type { ImportResult } from '../domain/ports.ts';
import { BidwrightError, type ErrorReason } from '../domain/errors.ts';
import { Profile, ProofImport, ProofItem } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';
import type { LibraryDoc } from './library-data.ts';
import type { LibrarySnapshot } from './library-snapshot.ts';

/** A change and what the caller gets back. */
export interface Change<T> {
  next: LibraryDoc;
  result: T;
}

/** The fields of `stored` that `known` does not name: a person added them, so a replacement keeps them. */
function unknownFields(stored: object | undefined, known: object): Record<string, unknown> {
  if (stored === undefined) return {};
  return Object.fromEntries(Object.entries(stored).filter(([key]) => !Object.hasOwn(known, key)));
}

/** Replaces the profile (missing fields take their defaults). */
export function setProfileIn(snapshot: LibrarySnapshot, profile: unknown): Change<Profile> {
  const parsed = { ...parseOrThrow(Profile, profile, 'The profile'), ...unknownFields(snapshot.profile, Profile.shape) };
  return { next: { ...snapshot.doc, profile: parsed }, result: parsed };
}

/** Adds one proof item; CONFLICT when its id is taken. */
export function addProofTo(snapshot: LibrarySnapshot, item: unknown): Change<ProofItem> {
  const parsed = parseOrThrow(ProofItem, item, 'The proof item');
  if (snapshot.byId.has(parsed.id)) {
    throw new BidwrightError('CONFLICT', `A proof item with the id "${parsed.id}" already exists; give the new item another id.`, {
      details: { reason: 'duplicate-proof-id', id: parsed.id } satisfies ErrorReason,
    });
  }
  return { next: { ...snapshot.doc, proof: [...snapshot.proof, parsed] }, result: parsed };
}

/** Removes one proof item; NOT_FOUND when no item has the id. */
export function removeProofFrom(snapshot: LibrarySnapshot, id: string): Change<void> {
  if (!snapshot.byId.has(id)) {
    throw new BidwrightError('NOT_FOUND', `No proof item has the id "${String(id)}".`, {
      details: { reason: 'unknown-proof-id', id: String(id) } satisfies ErrorReason,
    });
  }
  return { next: { ...snapshot.doc, proof: snapshot.proof.filter((item) => item.id !== id) }, result: undefined };
}

/**
 * Adds or replaces items by id, all or nothing; replaced items keep their place in the library.
 * With `replace` the library becomes exactly the items given, in their order.
 */
export function importProofInto(snapshot: LibrarySnapshot, items: unknown, replace = false): Change<ImportResult> {
  const incoming = parseOrThrow(ProofImport, items, 'The proof import (nothing was changed)').map((item) => ({
    ...item,
    ...unknownFields(snapshot.byId.get(item.id), ProofItem.shape),
  }));
  const updated = incoming.filter((item) => snapshot.byId.has(item.id)).length;
  const result = { added: incoming.length - updated, updated };
  if (replace) return { next: { ...snapshot.doc, proof: incoming }, result };
  const byId = new Map(incoming.map((item) => [item.id, item]));
  const kept = snapshot.proof.map((existing) => byId.get(existing.id) ?? existing);
  const added = incoming.filter((item) => !snapshot.byId.has(item.id));
  return { next: { ...snapshot.doc, proof: [...kept, ...added] }, result };
}

/** Removes every item; answers how many there were. */
export function clearProofIn(snapshot: LibrarySnapshot): Change<number> {
  return { next: { ...snapshot.doc, proof: [] }, result: snapshot.proof.length };
}
