/**
 * Which proof item backs each claim about past work in a draft: the item named beside the claim, or
 * the one that shares a good part of its distinctive terms and holds every figure it states. P04
 * errs on a claim nothing backs; P07 counts the items a person's draft rests on without citing ids.
 */
import { libraryMemo } from '../../domain/library-memo.ts';
import type { ProofItem } from '../../domain/schemas.ts';
import { distinctiveTerms, stem, termStems } from '../../text/terms.ts';
import { numberMatches, numberValue, paragraphs } from '../../text/text.ts';
import { PAST_VERBS, claimSentences } from './claims.ts';
import { proofNamedInText } from './proof-names.ts';
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

/** A figure with the spelling the claim used, to name it back to the writer. */
interface StatedFigure extends Figure {
  raw: string;
}

/** The figures a claim states ("$85,000", "3.1%"), leaving out grammar like "2 options". */
function claimFigures(claim: string): StatedFigure[] {
  const figures: StatedFigure[] = [];
  for (const { raw, index } of numberMatches(claim)) {
    const value = numberValue(raw);
    if (value === null || !isFigure(raw, value, claim.slice(index + raw.length, index + raw.length + 20))) continue;
    figures.push({ value, kind: figureKind(raw), raw });
  }
  return figures;
}

/** How a claim stands against the library: the item that backs it, or the nearest one and what it lacks. */
export interface ClaimBacking {
  claim: string;
  backer: ProofItem | null;
  /** When nothing backs the claim: the item closest to it (named beside it, or sharing the most terms), if any. */
  nearest: { item: ProofItem; lacks: string } | null;
}

/** The paragraph that holds `claim`, so a proof item named beside a claim can back it. */
function paragraphOf(text: string, claim: string): string {
  return paragraphs(text).find((paragraph) => paragraph.includes(claim)) ?? claim;
}

/** Each proof item's stems and figures, read once per library. */
const backingsOf = libraryMemo((proof): Backing[] =>
  proof.map((item) => {
    const text = proofText(item);
    return { item, stems: termStems(text), figures: figuresIn([text]) };
  }),
);

/**
 * The proof item that backs the claim: it is named in the claim's paragraph or shares the claim's
 * distinctive terms, and it holds every figure the claim states (a record borrowed from the
 * client's post is not the writer's record). Without one, the nearest item and what it lacks.
 */
function backingOf(claim: string, paragraph: string, proof: readonly ProofItem[], minShared: number): ClaimBacking {
  const named = new Set(proofNamedInText(paragraph, proof).map((item) => item.id));
  const terms = distinctiveTerms(claim).filter((term) => !CLAIM_WORDS.has(term));
  const stems = terms.map(stem);
  const needed = Math.max(minShared, Math.ceil(terms.length / 3));
  const figures = claimFigures(claim);
  const missing = (backing: Backing) => figures.filter((figure) => !hasFigure(backing.figures, figure));
  // The closest item: one the claim is about before one it is not, then the most shared terms,
  // then the first in the library.
  let closest: { backing: Backing; shared: number; about: boolean } | null = null;
  for (const backing of backingsOf(proof)) {
    const shared = stems.filter((term) => backing.stems.has(term)).length;
    // A claim too vague to compare rests on whatever it sits beside; a specific one must match.
    const about = named.has(backing.item.id) || terms.length === 0 || shared >= needed;
    if (about && missing(backing).length === 0) return { claim, backer: backing.item, nearest: null };
    if (closest === null || (about && !closest.about) || (about === closest.about && shared > closest.shared)) {
      closest = { backing, shared, about };
    }
  }
  if (closest === null || (!closest.about && closest.shared === 0)) return { claim, backer: null, nearest: null };
  const lacks = closest.about
    ? `does not hold ${missing(closest.backing)
        .map((figure) => figure.raw)
        .join(', ')}`
    : `shares only ${closest.shared} of the claim's ${terms.length} distinctive terms`;
  return { claim, backer: null, nearest: { item: closest.backing.item, lacks } };
}

/** Each claim about past work in `text`, with the item that backs it or the nearest one. */
export function claimBackers(text: string, proof: readonly ProofItem[], minShared: number): ClaimBacking[] {
  return claimSentences(text).map((claim) => backingOf(claim, paragraphOf(text, claim), proof, minShared));
}
