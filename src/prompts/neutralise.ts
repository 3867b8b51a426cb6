/**
 * Untrusted text (job posts, proof, profile fields, drafts, notes) goes into prompts between tags
 * such as `<job_post_7f3a9c>...</job_post_7f3a9c>`. If the text could contain `<`, a post could close
 * the tag itself and write what looks like our instructions after it. Every string is first folded
 * the way the matchers read it (fold.ts: fullwidth "＜" and look-alike "‹", "〈" become "<";
 * invisible and Unicode tag characters go, so nothing reaches the model that a reader cannot see),
 * then every `<` becomes `&lt;`, so no value can open or close a tag; the system prompts tell the
 * model what `&lt;` stands for. The parser reports what the folding removed (hidden-text.ts).
 */
import { matchingCopy } from '../text/fold.ts';

/** `text` folded (see the module comment) with every `<` replaced by `&lt;`, so it can sit inside prompt tags without breaking out. */
export function neutraliseText(text: string): string {
  return matchingCopy(text).replaceAll('<', '&lt;');
}

/**
 * Returns a copy of `value` with every string in it (at any depth, in arrays and plain objects)
 * neutralised. Numbers, booleans and null pass through unchanged.
 */
export function neutraliseData<T>(value: T): T {
  if (typeof value === 'string') return neutraliseText(value) as T;
  if (Array.isArray(value)) return value.map((entry: unknown) => neutraliseData(entry)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) copy[key] = neutraliseData(entry);
    return copy as T;
  }
  return value;
}
