/**
 * Which proof item backs each claim about past work in a draft: the item named beside the claim, or
 * the one that shares a good part of its distinctive terms and holds every figure it states. P04
 * errs on a claim nothing backs; P07 counts the items a person's draft rests on without citing ids.
 */
import type { ProofItem } from '../../domain/schemas.ts';
import { distinctiveTerms, stem, termStems } from '../../text/terms.ts';
import { numberMatches, numberValue, paragraphs } from '../../text/text.ts';
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
 * The proof item that backs the claim, or null: it is named in the claim's paragraph or shares the
 * claim's distinctive terms, and it holds every figure the claim states (a record borrowed from
 * the client's post is not the writer's record).
 */
function backerOf(claim: string, paragraph: string, backings: readonly Backing[], minShared: number): ProofItem | null {
  const named = new Set(
    proofNamedInText(
      paragraph,
      backings.map((backing) => backing.item),
    ).map((item) => item.id),
  );
  const terms = distinctiveTerms(claim).filter((term) => !CLAIM_WORDS.has(term));
  const figures = claimFigures(claim);
  const backer = backings.find((backing) => {
    const shared = terms.filter((term) => backing.stems.has(stem(term))).length;
    // A claim too vague to compare rests on whatever it sits beside; a specific one must match.
    const about = named.has(backing.item.id) || terms.length === 0 || shared >= Math.max(minShared, Math.ceil(terms.length / 3));
    return about && figures.every((figure) => hasFigure(backing.figures, figure));
  });
  return backer?.item ?? null;
}

/** Each claim about past work in `text` with the item that backs it (null when none does). */
export function claimBackers(text: string, proof: readonly ProofItem[], minShared: number): { claim: string; backer: ProofItem | null }[] {
  const backings: Backing[] = proof.map((item) => ({ item, stems: termStems(proofText(item)), figures: figuresIn([proofText(item)]) }));
  return claimSentences(text).map((claim) => ({ claim, backer: backerOf(claim, paragraphOf(text, claim), backings, minShared) }));
}
