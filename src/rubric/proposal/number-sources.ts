/**
 * The numbers a draft may use: every figure in the proof library, the profile and the job post,
 * as values so "$1,200", "1200" and "1.2k" count as one.
 */
import type { RubricContext } from '../types.ts';
import { extractNumbers, numberValue } from '../text.ts';
import { postFullText, profileText, proofText } from './sources.ts';

/** Values of every number in the given texts. */
export function valuesIn(texts: readonly string[]): Set<number> {
  const values = new Set<number>();
  for (const text of texts) {
    for (const raw of extractNumbers(text)) {
      const value = numberValue(raw);
      if (value !== null) values.add(value);
    }
  }
  return values;
}

/** Values of every number in the proof library, the profile and the post. */
export function sourceValues(context: RubricContext): Set<number> {
  const texts = [...context.proof.map(proofText), profileText(context.profile)];
  if (context.post !== null) texts.push(postFullText(context.post), ...context.post.screeningQuestions);
  return valuesIn(texts);
}

/** True when `value` is among `values`, allowing for rounding in how a figure was written. */
export function hasValue(values: ReadonlySet<number>, value: number): boolean {
  if (values.has(value)) return true;
  for (const known of values) if (Math.abs(known - value) <= Math.abs(value) * 1e-9) return true;
  return false;
}
