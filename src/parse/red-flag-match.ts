/**
 * Matching helpers shared by the red-flag detectors: a phrase counts only where it is not
 * negated in its own clause.
 */
import { isNegated } from './negation.ts';

/** Offsets of the phrase a detector found, within its sentence. */
export interface Hit {
  start: number;
  end: number;
}
/** Looks for one kind of red flag in a sentence; `next` is the sentence after it, for context. */
export type Detector = (sentence: string, next: string) => Hit | null;

/** The offsets of a regex match, or null. */
export const hit = (m: RegExpExecArray | null, offset = 0): Hit | null => (m ? { start: offset + m.index, end: offset + m.index + m[0].length } : null);

// matchAll needs global patterns; it clones them, so these shared constants are never mutated.
export const globalOf = (patterns: RegExp[]): RegExp[] => patterns.map((p) => (p.flags.includes('g') ? p : new RegExp(p.source, `${p.flags}g`)));

/** The first match of any (global) pattern that is not negated in its clause. */
export function firstAffirmed(s: string, patterns: RegExp[], skip?: (m: RegExpMatchArray) => boolean): Hit | null {
  for (const pattern of patterns) {
    for (const m of s.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (isNegated(s, at, at + m[0].length)) continue;
      if (skip?.(m)) continue;
      return { start: at, end: at + m[0].length };
    }
  }
  return null;
}
