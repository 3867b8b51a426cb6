import type { z } from 'zod';
import { BidwrightError } from './errors.ts';

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

/** Parses `value` with `schema` or throws INVALID_INPUT naming `what` and the first issues. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BidwrightError('INVALID_INPUT', `${what} is invalid: ${describeIssues(result.error)}`, {
      details: result.error.issues,
    });
  }
  return result.data;
}
