import { z } from 'zod';
import { BidwrightError } from '../domain/errors.ts';
import { boundedText } from '../domain/bounded-text.ts';
import { LIMITS } from '../domain/limits.ts';
import type { Store } from '../domain/ports.ts';
import { idFromTitle } from '../domain/proof-id.ts';
import { ProofItem } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { confirmedProof } from './confirmed-text.ts';
import { splitByNotes } from './note-figures.ts';

const Notes = boundedText('text of the notes', LIMITS.notesChars);

/** A reviewed proof item whose id may be blank (then it comes from the title). */
const ReviewedProof = ProofItem.extend({
  id: z.string().trim().max(80),
  title: boundedText('proof title', LIMITS.titleChars).trim().min(1, 'give the case study a title, e.g. "Checkout fix for a Shopify store"'),
});

/**
 * A case study the user has reviewed: the proof item with only the metrics they confirmed, and the
 * notes it was built from, so each confirmed metric is checked against them once more.
 */
export interface SaveCaseStudyRequest {
  notes: string;
  proof: z.input<typeof ReviewedProof>;
}

/**
 * Adds a reviewed case study to the library. Refuses a metric with a number the notes do not state
 * (INVALID_INPUT) and an id the library already has (CONFLICT, from the store). A figure left
 * unconfirmed is taken out of the item's text too (see confirmedProof), so no draft cites it.
 */
export async function saveCaseStudy(request: SaveCaseStudyRequest, store: Store): Promise<ProofItem> {
  const notes = parseOrThrow(Notes, request.notes, 'The notes');
  const proof = parseOrThrow(ReviewedProof, request.proof, 'The case study');
  const { dropped } = splitByNotes(proof.metrics, notes);
  const [first] = dropped;
  if (first !== undefined) {
    throw new BidwrightError(
      'INVALID_INPUT',
      `The metric "${first.label}: ${first.value}" has a number your notes do not state. Drop it, or add the figure to your notes and build the draft again.`,
    );
  }
  // The id comes from the title as saved, so an unconfirmed figure does not live on in the id either.
  const checked = confirmedProof(parseOrThrow(ProofItem, { ...proof, id: proof.id === '' ? 'case-study' : proof.id }, 'The case study'));
  return store.addProof(proof.id === '' ? { ...checked, id: idFromTitle(checked.title, 'case-study') } : checked);
}
