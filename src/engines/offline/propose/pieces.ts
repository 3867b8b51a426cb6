/**
 * A draft is assembled from pieces: sentences placed in a paragraph, each with a priority. Required
 * pieces always go in; optional ones are added in priority order until the length band is met.
 */
import { countWords } from '../../../text/text.ts';

/** One sentence (or a few that belong together) of a draft, placed and ranked. */
export interface Piece {
  /** 0 opening and diagnosis, 1 proof, 2 first step and scope, 3 closing question. */
  paragraph: 0 | 1 | 2 | 3;
  /** Position inside the paragraph. */
  order: number;
  text: string;
  /** 0 = required; larger numbers are dropped first. */
  priority: number;
  /** The proof id this piece cites, when it names a proof item. */
  cites?: string;
}

/** The priority of pieces every draft must have. */
export const REQUIRED = 0;

/** A word band: never under `min` when avoidable, aim for `target`, never over `max`. */
export interface LengthBand {
  min: number;
  target: number;
  max: number;
}

/** Joins pieces into plain text: sentences by spaces, paragraphs by a blank line. */
export function render(pieces: readonly Piece[], greeting: string): string {
  const paragraphs: string[] = [];
  for (const index of [0, 1, 2, 3] as const) {
    const sentences = pieces
      .filter((piece) => piece.paragraph === index)
      .sort((a, b) => a.order - b.order)
      .map((piece) => piece.text.trim());
    if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  }
  return `${greeting}${paragraphs.join('\n\n')}`;
}

/**
 * Chooses pieces for the band: every required piece, then optional ones by priority (then order)
 * while the draft is under the target, never past the maximum; then `fillers` while under the minimum.
 */
export function fitToBand(pieces: readonly Piece[], fillers: readonly Piece[], band: LengthBand): Piece[] {
  const chosen = pieces.filter((piece) => piece.priority === REQUIRED);
  let total = chosen.reduce((sum, piece) => sum + countWords(piece.text), 0);
  const optional = pieces
    .filter((piece) => piece.priority !== REQUIRED)
    .sort((a, b) => a.priority - b.priority || a.paragraph - b.paragraph || a.order - b.order);
  for (const piece of optional) {
    const words = countWords(piece.text);
    if (total >= band.target) break;
    if (total + words > band.max) continue;
    chosen.push(piece);
    total += words;
  }
  for (const piece of fillers) {
    if (total >= band.min) break;
    const words = countWords(piece.text);
    if (total + words > band.max) continue;
    chosen.push(piece);
    total += words;
  }
  return chosen;
}
