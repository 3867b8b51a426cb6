/**
 * Untrusted text (job posts, proof, profile fields, drafts, notes) goes into prompts between tags
 * such as `<job_post>...</job_post>`. If the text could contain `<`, a post could close the tag
 * itself and write what looks like our instructions after it. Every `<` in data becomes `&lt;`,
 * so no value can open or close a tag; the system prompts tell the model what `&lt;` stands for.
 */

/** Replaces every `<` in `text` with `&lt;`, so the text can sit inside prompt tags without breaking out. */
export function neutraliseText(text: string): string {
  return text.replaceAll('<', '&lt;');
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
