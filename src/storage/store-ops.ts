/**
 * The store's rules as pure functions over a StoreData document. Each validates its input, leaves
 * the given document untouched and returns the next one, so a store commits a change only after it
 * has been written.
 */
import type { ImportResult, StoredDraft } from '../domain/ports.ts';
import { BidwrightError, type ErrorReason } from '../domain/errors.ts';
import { Profile, ProofImport, ProofItem } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { MAX_DRAFTS, StoredDraftRecord, type StoreData } from './store-data.ts';

/** A change and what the caller gets back. */
export interface Change<T> {
  next: StoreData;
  result: T;
}

/** Replaces the profile (missing fields take their defaults). */
export function setProfileIn(doc: StoreData, profile: unknown): Change<Profile> {
  const parsed = parseOrThrow(Profile, profile, 'The profile');
  return { next: { ...doc, profile: parsed }, result: parsed };
}

/** Adds one proof item; CONFLICT when its id is taken. */
export function addProofTo(doc: StoreData, item: unknown): Change<ProofItem> {
  const parsed = parseOrThrow(ProofItem, item, 'The proof item');
  if (doc.proof.some((existing) => existing.id === parsed.id)) {
    throw new BidwrightError('CONFLICT', `A proof item with the id "${parsed.id}" already exists; give the new item another id.`, {
      details: { reason: 'duplicate-proof-id', id: parsed.id } satisfies ErrorReason,
    });
  }
  return { next: { ...doc, proof: [...doc.proof, parsed] }, result: parsed };
}

/** Removes one proof item; NOT_FOUND when no item has the id. */
export function removeProofFrom(doc: StoreData, id: string): Change<void> {
  const proof = doc.proof.filter((item) => item.id !== id);
  if (proof.length === doc.proof.length) {
    throw new BidwrightError('NOT_FOUND', `No proof item has the id "${String(id)}".`, {
      details: { reason: 'unknown-proof-id', id: String(id) } satisfies ErrorReason,
    });
  }
  return { next: { ...doc, proof }, result: undefined };
}

/** Adds or replaces items by id, all or nothing; replaced items keep their place in the library. */
export function importProofInto(doc: StoreData, items: unknown): Change<ImportResult> {
  const incoming = parseOrThrow(ProofImport, items, 'The proof import (nothing was changed)');
  const byId = new Map(incoming.map((item) => [item.id, item]));
  let updated = 0;
  const proof = doc.proof.map((existing) => {
    const replacement = byId.get(existing.id);
    if (replacement === undefined) return existing;
    byId.delete(existing.id);
    updated += 1;
    return replacement;
  });
  const added = incoming.filter((item) => byId.has(item.id));
  return { next: { ...doc, proof: [...proof, ...added] }, result: { added: added.length, updated } };
}

/** Saves a draft (replacing one with the same id), newest first, keeping the newest MAX_DRAFTS. */
export function saveDraftIn(doc: StoreData, draft: unknown): Change<void> {
  const parsed: StoredDraft = parseOrThrow(StoredDraftRecord, draft, 'The draft');
  // The new draft goes first so that, on equal timestamps, the stable sort keeps it newest.
  const drafts = [parsed, ...doc.drafts.filter((d) => d.id !== parsed.id)]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .slice(0, MAX_DRAFTS);
  return { next: { ...doc, drafts }, result: undefined };
}

/** Up to `limit` drafts, newest first (all kept drafts when no limit is given). */
export function listDraftsIn(doc: StoreData, limit?: number): StoredDraft[] {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new BidwrightError('INVALID_INPUT', `The draft limit must be a whole number of 0 or more, not ${String(limit)}.`);
  }
  // Saved drafts are already in order; sorting again covers a hand-edited file.
  const newestFirst = [...doc.drafts].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return newestFirst.slice(0, limit ?? MAX_DRAFTS);
}
