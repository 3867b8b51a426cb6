/**
 * The numbers a draft may use: every figure in the proof library, the profile and the job post,
 * as values so "$1,200", "1200" and "1.2k" count as one, each with the kind of quantity it is.
 */
import { libraryMemo } from '../../domain/library-memo.ts';
import type { RubricContext } from '../types.ts';
import { extractNumbers, numberValue } from '../../text/text.ts';
import { postFullText, profileText, proofText } from './sources.ts';

/** What a figure measures, as far as its own spelling says: a share, an amount of money, or a plain count. */
export type FigureKind = 'percent' | 'money' | 'plain';

/** A number's value together with its kind. */
export interface Figure {
  value: number;
  kind: FigureKind;
}

/** The kind a number is written as: "35%" is a share, "$35" money, "35" a plain number. */
export function figureKind(raw: string): FigureKind {
  if (/%|percent/iu.test(raw)) return 'percent';
  if (/[$€£]/u.test(raw)) return 'money';
  return 'plain';
}

const UNIT_AFTER = /^\s*-?\s*(?:hours?|hrs?|days?|business days|weeks?|months?|years?|yrs?|minutes?|mins?|dollars?|usd|eur|euros?|gbp|pounds?)\b/iu;

/**
 * True when a number is a figure someone could check, not grammar: a sign, suffix, decimal or
 * unit makes it one, and so does any value above ten. `after` is the text that follows it.
 */
export function isFigure(raw: string, value: number, after: string): boolean {
  if (/[$€£%kKmMx]|percent/.test(raw) || /[.,]/.test(raw)) return true;
  if (value > 10) return true;
  return UNIT_AFTER.test(after);
}

/** Values of every number in the given texts. */
export function valuesIn(texts: readonly string[]): Set<number> {
  const values = new Set<number>();
  for (const figure of figuresIn(texts)) values.add(figure.value);
  return values;
}

/** Every number in the given texts as a figure with its kind. */
export function figuresIn(texts: readonly string[]): Figure[] {
  const figures: Figure[] = [];
  for (const text of texts) {
    for (const raw of extractNumbers(text)) {
      const value = numberValue(raw);
      if (value !== null) figures.push({ value, kind: figureKind(raw) });
    }
  }
  return figures;
}

/**
 * Every distinct figure (value and kind) in the proof library, read once per library: a large
 * library states the same figures many times, and each request copies and searches this list.
 */
const libraryFigures = libraryMemo((proof) => {
  const distinct = new Map<string, Figure>();
  for (const figure of figuresIn(proof.map(proofText))) distinct.set(`${figure.kind} ${figure.value}`, figure);
  return [...distinct.values()];
});

/** The profile's and the post's texts: what a request brings besides the library. */
function requestTexts(context: RubricContext): string[] {
  const texts = [profileText(context.profile)];
  if (context.post !== null) texts.push(postFullText(context.post), ...context.post.screeningQuestions);
  return texts;
}

/** Values of every number in the proof library, the profile and the post. */
export function sourceValues(context: RubricContext): Set<number> {
  const values = valuesIn(requestTexts(context));
  for (const figure of libraryFigures(context.proof)) values.add(figure.value);
  return values;
}

/** Every figure in the proof library, the profile and the post, with its kind. */
export function sourceFigures(context: RubricContext): Figure[] {
  return [...libraryFigures(context.proof), ...figuresIn(requestTexts(context))];
}

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

/** True when `value` is among `values`, allowing for rounding in how a figure was written. */
export function hasValue(values: ReadonlySet<number>, value: number): boolean {
  if (values.has(value)) return true;
  for (const known of values) if (sameValue(known, value)) return true;
  return false;
}

/**
 * True when `figure` is backed by one of `figures`: same value and a compatible kind. A share
 * needs a share ("35%" is not backed by "35 orders"); money or a plain number may rest on a plain
 * number, since posts and profiles often state amounts bare.
 */
export function hasFigure(figures: readonly Figure[], figure: Figure): boolean {
  return figures.some((known) => {
    if (!sameValue(known.value, figure.value)) return false;
    if (figure.kind === 'percent') return known.kind === 'percent';
    if (figure.kind === 'money') return known.kind !== 'percent';
    return true;
  });
}
