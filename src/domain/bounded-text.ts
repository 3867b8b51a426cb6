/**
 * The zod side of the input limits, apart from limits.ts so the CLI can read the limits (and word
 * its messages) without loading zod: `bidwright --help` never loads it.
 */
import { z } from 'zod';
import { tooLong } from './limits.ts';

/** A string of at most `limit` characters whose error is the `tooLong` message for `what`. */
export function boundedText(what: string, limit: number, advice?: string) {
  return z.string().max(limit, { error: (issue) => tooLong(what, String(issue.input).length, limit, 'characters', advice) });
}
