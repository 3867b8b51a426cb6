/**
 * The proof items a draft rests on. A draft that lists citations rests on those; a person's draft
 * (no citations) rests on the items it names by id or title and on those that back its claims
 * about past work (backing.ts). P07 counts them; P26 checks each is relevant to the post.
 */
import type { ProofItem } from '../../domain/schemas.ts';
import { proofIds } from '../../domain/library-memo.ts';
import type { ProposalSubject } from '../types.ts';
import { claimBackers } from './backing.ts';
import { proofNamedInText } from './proof-names.ts';
import { MIN_SHARED_TERMS } from './p04-claims-cite-proof.ts';

/** Ids of the library's items the draft cites, each once, in the order first cited; unknown ids are left out. */
export function citedProof(subject: ProposalSubject, proof: readonly ProofItem[]): string[] {
  if (subject.citations.length > 0) {
    const known = proofIds(proof);
    return [...new Set(subject.citations.filter((id) => known.has(id)))];
  }
  const named = proofNamedInText(subject.text, proof).map((item) => item.id);
  const backers = claimBackers(subject.text, proof, MIN_SHARED_TERMS).flatMap(({ backer }) => (backer === null ? [] : [backer.id]));
  return [...new Set([...named, ...backers])];
}
