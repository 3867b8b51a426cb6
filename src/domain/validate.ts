import type { z } from 'zod';
import { BidwrightError } from './errors.ts';
import { isLimitMessage } from './limits.ts';
import { pathIssue, plainIssue } from './plain-issue.ts';

/**
 * The issues in plain words, one sentence each ("Title is empty: give a short title ..."), the
 * first `max` of them; `whole` names the input for an issue about the input itself.
 */
function plainIssues(error: z.ZodError, max: number, whole: string): string {
  const parts = error.issues.slice(0, max).map((issue) => plainIssue(issue, whole));
  const more = error.issues.length > max ? ` And ${error.issues.length - max} more.` : '';
  return parts.join(' ') + more;
}

/**
 * The issues of a file (a data file, a suite, the environment, an engine's output) in words, each
 * field named by its JSON path so it can be found: "proof.0.kind must be "case_study", ...; ...".
 */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map(pathIssue);
  const more = error.issues.length > max ? `; and ${error.issues.length - max} more` : '';
  return parts.join('; ') + more;
}

/**
 * The INVALID_INPUT error for zod issues, in plain words; `what` names the input ("The proof
 * item") where an issue is about it as a whole. An input over its limit gets the limit's own
 * message, which names the input, its size and the limit. The issues go along as `details`, each
 * with its plain message, so a form can show it beside its field and an API client in `errors`.
 */
export function invalidInput(what: string, error: z.ZodError): BidwrightError {
  const overLimit = error.issues.find((issue) => isLimitMessage(issue.message));
  const details = error.issues.map((issue) => ({ ...issue, message: plainIssue(issue, what) }));
  return new BidwrightError('INVALID_INPUT', overLimit?.message ?? plainIssues(error, 3, what), { details });
}

/** Parses `value` with `schema` or throws `invalidInput`. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(what, result.error);
  return result.data;
}
