import type { ProofItem } from '../../domain/schemas.ts';
import type { ProposalRule, RuleHit } from '../types.ts';
import { distinctiveTerms, stem, termStems } from '../../text/terms.ts';
import { clip, numberMatches, numberValue, paragraphs } from '../../text/text.ts';
import { PAST_VERBS, claimSentences, proofNamedInText } from './claims.ts';
import { figureKind, figuresIn, hasFigure, isFigure } from './number-sources.ts';
import type { Figure } from './number-sources.ts';
import { proofText } from './sources.ts';

// Words that only make a claim a claim; sharing them with proof shows nothing.
const CLAIM_WORDS = new Set([...PAST_VERBS, ...['recent', 'recently', 'previous', 'previously', 'past', 'similar', 'last', 'client', 'customer', 'former']]);

interface Backing {
  item: ProofItem;
  stems: Set<string>;
  figures: Figure[];
}

/** The figures a claim states ("$85,000", "3.1%"), leaving out grammar like "2 options". */
function claimFigures(claim: string): Figure[] {
  const figures: Figure[] = [];
  for (const { raw, index } of numberMatches(claim)) {
    const value = numberValue(raw);
    if (value === null || !isFigure(raw, value, claim.slice(index + raw.length, index + raw.length + 20))) continue;
    figures.push({ value, kind: figureKind(raw) });
  }
  return figures;
}

/** The paragraph that holds `claim`, so a proof item named beside a claim can back it. */
function paragraphOf(text: string, claim: string): string {
  return paragraphs(text).find((paragraph) => paragraph.includes(claim)) ?? claim;
}

/**
 * True when some proof item backs the claim: it is named in the claim's paragraph or shares the
 * claim's distinctive terms, and it holds every figure the claim states (a record borrowed from
 * the client's post is not the writer's record).
 */
function isBacked(claim: string, paragraph: string, backings: readonly Backing[], minShared: number): boolean {
  const named = new Set(
    proofNamedInText(
      paragraph,
      backings.map((backing) => backing.item),
    ).map((item) => item.id),
  );
  const terms = distinctiveTerms(claim).filter((term) => !CLAIM_WORDS.has(term));
  const figures = claimFigures(claim);
  return backings.some((backing) => {
    const shared = terms.filter((term) => backing.stems.has(stem(term))).length;
    // A claim too vague to compare rests on whatever it sits beside; a specific one must match.
    const about = named.has(backing.item.id) || terms.length === 0 || shared >= Math.max(minShared, Math.ceil(terms.length / 3));
    return about && figures.every((figure) => hasFigure(backing.figures, figure));
  });
}

/**
 * P04: every claim about past work must be backed by the library. Cited ids must exist, and each
 * claim, cited or not, must rest on a proof item: one named beside it, or one that shares a good
 * part of its distinctive terms, holding the figures the claim states. An empty library backs nothing.
 */
export const p04ClaimsCiteProof: ProposalRule<{ minSharedTerms: number }> = {
  id: 'P04',
  target: 'proposal',
  title: 'Every claim about past work cites an existing proof id',
  severity: 'error',
  thresholds: { minSharedTerms: 1 },
  check(subject, context, thresholds) {
    const known = new Set(context.proof.map((item) => item.id));
    const hits: RuleHit[] = subject.citations
      .filter((id, index, all) => !known.has(id) && all.indexOf(id) === index)
      .map((id) => ({
        message: `The draft cites proof "${id}", which is not in your library; cite an existing id or add that proof item.`,
        evidence: id,
      }));

    const minShared = thresholds.minSharedTerms;
    const backings: Backing[] = context.proof.map((item) => ({
      item,
      stems: termStems(proofText(item)),
      figures: figuresIn([proofText(item)]),
    }));
    for (const claim of claimSentences(subject.text)) {
      if (isBacked(claim, paragraphOf(subject.text, claim), backings, minShared)) continue;
      hits.push({
        message:
          context.proof.length === 0
            ? 'The draft claims past work but your proof library is empty; add the proof item or remove the claim.'
            : 'This claim about past work matches nothing in your proof library; cite the proof item it rests on or remove it.',
        evidence: clip(claim),
      });
    }
    return hits;
  },
};
