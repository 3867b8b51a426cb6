/** Fixtures for the offline offer tests: a default profile and proof items written for these tests. */
import type { RankedProof } from '../../../../src/domain/ports.ts';
import { Profile, ProofItem } from '../../../../src/domain/schemas.ts';
import type { RubricContext } from '../../../../src/rubric/types.ts';

export const profile: Profile = Profile.parse({ name: 'Test Freelancer' });

/** A ranked proof entry built from partial proof fields (the rest take schema defaults). */
function ranked(fields: Partial<ProofItem> & { id: string; title: string }, score = 1): RankedProof {
  const item = ProofItem.parse({ kind: 'case_study', ...fields });
  return { item, match: { id: item.id, title: item.title, score, matchedTerms: [], relevance: 1, reasons: [] } };
}

export const blogProof = ranked({
  id: 'saas-content-cluster',
  title: 'Content cluster for a payroll software company',
  skills: ['Content writing', 'SEO', 'Blog'],
  metrics: [{ label: 'Demo requests from organic search', value: '+38%' }],
});

export const bakeryPhotoProof = ranked({
  id: 'bakery-photos',
  title: 'Product photos for a neighbourhood bakery',
  skills: ['Photography', 'Lightroom'],
  metrics: [{ label: 'Photos delivered', value: '120' }],
});

export const dogProof = ranked({
  id: 'dog-walking-kreuzberg',
  title: 'Daily dog walking for a Kreuzberg family',
  skills: ['Dog walking', 'Pet care'],
});

/** The rubric context for scoring offers: no job post, the given proof as the library. */
export function rubricContext(library: readonly RankedProof[] = [], avoidWords: string[] = []): RubricContext {
  return {
    post: null,
    proof: library.map((entry) => entry.item),
    profile: Profile.parse({ ...profile, avoidWords }),
    earlierDrafts: [],
  };
}
