/**
 * The drafts a user would get for the labelled shared posts: each post proposed against the fixture
 * profile and library the labels assume, then read for what issue 10 forbids: an opening or first
 * step about another kind of job (P25 errors), cited proof below the relevance threshold (P26), any
 * error finding, and boilerplate sentences repeated across drafts.
 */
import { propose } from '../../app/propose.ts';
import type { Engine, ProofRanker } from '../../domain/ports.ts';
import type { Profile, ProofItem } from '../../domain/schemas.ts';
import { createMemoryStore } from '../../storage/memory-store.ts';
import { measureRepetition, type RepetitionReport } from './repetition.ts';

export interface DraftsMeasured {
  total: number;
  /** Drafts with a P25 error: written for another kind of job. */
  misfires: number;
  /** Drafts citing an item P26 judges not relevant. */
  irrelevantCited: number;
  withErrors: number;
  repetition: RepetitionReport;
  /** Per post, the rule ids of its error findings and of P26, for reading what went wrong. */
  posts: { id: string; errors: string[] }[];
}

export interface DraftPostsDeps {
  engine: Engine;
  ranker: ProofRanker;
  profile: Profile;
  library: ProofItem[];
}

// Every draft is a first draft: a store per post keeps earlier drafts from turning P21 (reuse) on.
const CLOCK = { now: () => new Date('2026-01-01T00:00:00Z') };

/** Drafts each page and measures the drafts together. */
export async function measureDrafts(pages: readonly { id: string; page: string }[], deps: DraftPostsDeps): Promise<DraftsMeasured> {
  const texts: string[] = [];
  const posts: (DraftsMeasured['posts'][number] & { hasError: boolean })[] = [];
  for (const { id, page } of pages) {
    const store = createMemoryStore({ profile: deps.profile, proof: deps.library });
    const proposal = await propose({ jobPost: page }, { engine: deps.engine, store, ranker: deps.ranker, clock: CLOCK });
    texts.push(proposal.text);
    const errors = proposal.findings.filter((finding) => finding.severity === 'error' || finding.ruleId === 'P26').map((finding) => finding.ruleId);
    posts.push({ id, errors, hasError: proposal.findings.some((finding) => finding.severity === 'error') });
  }
  const having = (ruleId: string) => posts.filter((post) => post.errors.includes(ruleId)).length;
  return {
    total: posts.length,
    misfires: having('P25'),
    irrelevantCited: having('P26'),
    withErrors: posts.filter((post) => post.hasError).length,
    repetition: measureRepetition(texts),
    posts: posts.map(({ id, errors }) => ({ id, errors })),
  };
}
