import { BidwrightError, type ErrorReason } from '../domain/errors.ts';
import type { ImportResult, Store } from '../domain/ports.ts';
import { Id, ProofImport, ProofItem } from '../domain/schemas.ts';
import { freeId, idFromTitle } from '../domain/proof-id.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { confirmedProof } from './confirmed-text.ts';

/** An id for a new item from its title, one no item in the library has yet. */
export async function proofIdFor(title: string, store: Store): Promise<string> {
  const taken = new Set((await store.listProof()).map((item) => item.id));
  return freeId(idFromTitle(title), taken);
}

/**
 * Adds one proof item after validating it; an existing id is a conflict. An item given without an
 * id (or a blank one) gets one made from its title. An item from a case study draft
 * (`caseStudyDraft`) keeps in its text only the figures of its metrics, as the user confirmed them.
 */
export async function addProof(input: unknown, store: Store, options: { caseStudyDraft?: boolean } = {}): Promise<ProofItem> {
  const given = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
  const blankId = given !== null && (given.id === undefined || (typeof given.id === 'string' && given.id.trim() === ''));
  const titled = given !== null && typeof given.title === 'string' && given.title.trim() !== '';
  const withId = blankId && titled ? { ...given, id: await proofIdFor(String(given.title), store) } : input;
  const item = parseOrThrow(ProofItem, withId, 'The proof item');
  return store.addProof(options.caseStudyDraft === true ? confirmedProof(item) : item);
}

/**
 * Imports a JSON array of proof items, all or nothing: ids are kept, existing ids are replaced;
 * with `replace` the library becomes exactly these items. Every item is checked before anything is written.
 */
export async function importProof(input: unknown, store: Store, options: { replace?: boolean } = {}): Promise<ImportResult> {
  return store.importProof(parseOrThrow(ProofImport, input, 'The proof file'), options);
}

/** Removes a proof item by id. */
export async function removeProof(id: string, store: Store): Promise<void> {
  await store.removeProof(parseOrThrow(Id, id, 'The proof id'));
}

/** Reads one proof item or fails with NOT_FOUND. */
export async function getProof(id: string, store: Store): Promise<ProofItem> {
  const item = await store.getProof(parseOrThrow(Id, id, 'The proof id'));
  if (item === null) {
    throw new BidwrightError('NOT_FOUND', `No proof item has the id "${id}".`, { details: { reason: 'unknown-proof-id', id } satisfies ErrorReason });
  }
  return item;
}
