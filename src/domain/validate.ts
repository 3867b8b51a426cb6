import type { z } from 'zod';
import { BidwrightError } from './errors.ts';
import { isLimitMessage } from './limits.ts';

/** Formats zod issues as `path: message; ...` for a one-line error. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const [first, ...rest] = issue.path;
    // A list's entries are numbered for people: "item 2, kind", not "2.kind".
    const path =
      first === undefined ? '(root)' : typeof first === 'number' ? [`item ${first}`, rest.join('.')].filter(Boolean).join(', ') : issue.path.join('.');
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > max ? `; and ${error.issues.length - max} more` : '';
  return parts.join('; ') + more;
}

/**
 * The INVALID_INPUT error for zod issues, naming `what` and the first issues; an input over its
 * limit gets the limit's own message instead, which names the input, its size and the limit.
 */
export function invalidInput(what: string, error: z.ZodError): BidwrightError {
  const overLimit = error.issues.find((issue) => isLimitMessage(issue.message));
  return new BidwrightError('INVALID_INPUT', overLimit?.message ?? `${what} is invalid: ${describeIssues(error)}`, { details: error.issues });
}

/** Parses `value` with `schema` or throws `invalidInput`. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(what, result.error);
  return result.data;
}
