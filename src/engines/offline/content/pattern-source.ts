/**
 * Regular expressions in the content files are stored as their source text and compiled at load,
 * case-insensitive, so a pattern that does not compile fails the load instead of the first match.
 */
import { z } from 'zod';

/** A regular expression's source in a content file, compiled at load with the `i` flag. */
export const PatternSource = z.string().min(1).transform((source, ctx) => {
  try {
    return new RegExp(source, 'i');
  } catch (error) {
    ctx.addIssue({ code: 'custom', input: source, message: `not a valid regular expression: ${(error as Error).message}` });
    return z.NEVER;
  }
});
export type PatternSource = z.output<typeof PatternSource>;

/** Rejects a list whose entries repeat a key, naming the repeated key and where it is. */
export function uniqueBy<T>(key: (item: T) => string, what: string) {
  return (items: readonly T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${what} "${value}"` });
      seen.add(value);
    });
  };
}
