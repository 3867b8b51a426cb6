/**
 * How the web pages show a failure: the status a BidwrightError deserves, and its message split
 * into one for the form and one per field (from the zod issues the core attaches as `details`).
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { BidwrightError, type ErrorCode } from '../../domain/errors.ts';

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

export interface FormFailure {
  status: ContentfulStatusCode;
  /** Shown above the form. */
  message: string;
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
    const rest = issue.path.slice(1).map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part)));
    fields[head] = rest.length > 0 ? `${rest.join(' ')}: ${issue.message}` : issue.message;
  }
  if (Object.keys(fields).length === 0 && fallbackField !== undefined) fields[fallbackField] = error.message;
  return { status: statusFor(error), message: error.message, fields };
}

/** An INVALID_INPUT error tied to one form field, shaped like the core's zod issues. */
export function fieldError(field: string, message: string): BidwrightError {
  return new BidwrightError('INVALID_INPUT', message, { details: [{ path: [field], message }] });
}
