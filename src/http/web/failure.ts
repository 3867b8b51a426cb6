/**
 * How the web pages show a failure: the status a BidwrightError deserves, its message split into
 * one for the form and one per field (from the zod issues the core attaches as `details`), and the
 * web's own hint: the one place pages add words to a core error, in terms of pages and links.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { BidwrightError, reasonOf, type ErrorCode } from '../../domain/errors.ts';
import { publicMessage } from '../problem.ts';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STORE_CORRUPT: 500,
  STORE_IO: 500,
  CONFIG: 500,
  LLM_UNAVAILABLE: 502,
  LLM_OUTPUT_INVALID: 502,
  RATE_LIMITED: 503,
  LLM_TIMEOUT: 504,
};

/** The HTTP status for a failure the user can act on. */
export function statusFor(error: BidwrightError): ContentfulStatusCode {
  return STATUS[error.code];
}

/** What a person can do next on the web, with a link when a page helps. */
export interface WebHint {
  text: string;
  link?: { href: string; label: string };
}

const ASK_THE_OPERATOR = 'Nothing was changed. The data file on the computer that runs bidwright needs attention';

/** Hints per code, for errors without a finer reason. */
const HINT_BY_CODE: Partial<Record<ErrorCode, WebHint>> = {
  STORE_CORRUPT: { text: `${ASK_THE_OPERATOR}: fix or move it, and bidwright will read it again.` },
  STORE_IO: { text: `${ASK_THE_OPERATOR}: check that its folder can be written and has free space.` },
  CONFIG: { text: 'The server that runs bidwright needs its settings fixed before this can work.' },
  LLM_UNAVAILABLE: { text: 'Try again in a few minutes.' },
  RATE_LIMITED: { text: 'Wait a minute, then send the form again.' },
  LLM_TIMEOUT: { text: 'Send the form again; a shorter post finishes sooner.' },
  LLM_OUTPUT_INVALID: { text: 'Send the form again; the model may answer well next time.' },
};

/** The web's hint for `error`, or null when the message says all there is. */
export function webHint(error: BidwrightError): WebHint | null {
  const reason = reasonOf(error);
  switch (reason?.reason) {
    case 'unknown-proof-id':
      return { text: 'The library lists every id you have.', link: { href: '/proof', label: 'Open the proof library' } };
    case 'duplicate-proof-id':
      return {
        text: 'To change the item that already has this id instead:',
        link: { href: `/proof/${encodeURIComponent(reason.id)}/edit`, label: `Edit ${reason.id}` },
      };
    case 'unknown-instruction':
      return { text: 'The post changed since its instructions were listed. Send the form again, then tick the instructions you accept.' };
    default:
      return HINT_BY_CODE[error.code] ?? null;
  }
}

export interface FormFailure {
  status: ContentfulStatusCode;
  /** Shown above the form. */
  message: string;
  /** Shown under the message. */
  hint?: WebHint;
  /** Shown next to each named field. */
  fields: Record<string, string>;
}

function issuesOf(details: unknown): Array<{ path: unknown[]; message: string }> {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (issue): issue is { path: unknown[]; message: string } =>
      typeof issue === 'object' && issue !== null && Array.isArray(issue.path) && typeof issue.message === 'string',
  );
}

/**
 * Splits a core error for a form. Issues whose path starts with one of `fieldNames` go next to that
 * field; when none do, the whole message goes next to `fallbackField` as well as above the form.
 */
export function describeFailure(error: BidwrightError, fieldNames: readonly string[], fallbackField?: string): FormFailure {
  const fields: Record<string, string> = {};
  for (const issue of issuesOf(error.details)) {
    const head = issue.path[0];
    if (typeof head !== 'string' || !fieldNames.includes(head) || fields[head] !== undefined) continue;
    // The core's issues are whole sentences that name their field, list entries included.
    fields[head] = issue.message;
  }
  const message = publicMessage(error);
  if (Object.keys(fields).length === 0 && fallbackField !== undefined) fields[fallbackField] = message;
  const hint = webHint(error);
  return { status: statusFor(error), message, fields, ...(hint === null ? {} : { hint }) };
}

/** An INVALID_INPUT error tied to one form field, shaped like the core's zod issues. */
export function fieldError(field: string, message: string): BidwrightError {
  return new BidwrightError('INVALID_INPUT', message, { details: [{ path: [field], message }] });
}
