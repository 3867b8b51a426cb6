import { z } from 'zod';
import { BidwrightError, type ErrorReason } from '../domain/errors.ts';
import { LIMITS } from '../domain/limits.ts';
import type { ImportResult, Store } from '../domain/ports.ts';
import { Id, ProofItem } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';

const ProofImport = z
  .array(ProofItem)
  .max(LIMITS.proofItems, `import at most ${LIMITS.proofItems} items at a time`);

/** Adds one proof item after validating it; an existing id is a conflict. */
export async function addProof(input: unknown, store: Store): Promise<ProofItem> {
  const item = parseOrThrow(ProofItem, input, 'The proof item');
  return store.addProof(item);
}

/**
 * Imports a JSON array of proof items, all or nothing: ids are kept, existing ids are replaced.
 * Every item is checked before anything is written.
 */
export async function importProof(input: unknown, store: Store): Promise<ImportResult> {
  if (!Array.isArray(input)) {
    throw new BidwrightError(
      'INVALID_INPUT',
      'Proof items to import must be a JSON array, e.g. [{ "id": "shop-audit", "kind": "case_study", "title": "..." }].',
    );
  }
  const items = parseOrThrow(ProofImport, input, 'The proof import');
  const seen = new Set<string>();
  const repeated = items.map((item) => item.id).filter((id) => seen.size === seen.add(id).size);
  if (repeated.length > 0) {
    throw new BidwrightError('INVALID_INPUT', `The proof import repeats the id(s) ${[...new Set(repeated)].join(', ')}: give each item its own id.`);
  }
  return store.importProof(items);
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
