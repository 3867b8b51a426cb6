import { BidwrightError, type ErrorReason } from '../domain/errors.ts';
import type { ImportResult, Store } from '../domain/ports.ts';
import { Id, ProofImport, ProofItem } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';

/** Adds one proof item after validating it; an existing id is a conflict. */
export async function addProof(input: unknown, store: Store): Promise<ProofItem> {
  const item = parseOrThrow(ProofItem, input, 'The proof item');
  return store.addProof(item);
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
