/**
 * The one place errors become HTTP answers: every failure is `application/problem+json` (RFC 9457)
 * carrying the request id, and nothing internal (stack, cause) ever leaves the process.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isBidwrightError, reasonOf, type BidwrightError, type ErrorCode } from '../domain/errors.ts';
import type { Logger } from '../domain/ports.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The RFC 9457 body, plus the request id and the validation issues where there are any. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  /** What an API client can do about it, in HTTP terms (an RFC 9457 extension member). */
  advice?: string;
  errors?: unknown;
}

/** A failure that belongs to HTTP itself (wrong content type, too large, wrong method). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

interface CodeMapping {
  status: number;
  title: string;
}

const BY_CODE: Record<ErrorCode, CodeMapping> = {
  INVALID_INPUT: { status: 400, title: 'The request is invalid' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  CONFLICT: { status: 409, title: 'Conflict' },
  UNAUTHORIZED: { status: 401, title: 'Unauthorized' },
  STORE_CORRUPT: { status: 500, title: 'The data file is broken' },
  STORE_IO: { status: 500, title: 'The data file could not be read or written' },
  CONFIG: { status: 500, title: 'The server is misconfigured' },
  LLM_UNAVAILABLE: { status: 502, title: 'The model could not be reached' },
  RATE_LIMITED: { status: 503, title: 'The model provider is rate limiting' },
  LLM_OUTPUT_INVALID: { status: 502, title: 'The model returned an unusable answer' },
  LLM_TIMEOUT: { status: 504, title: 'The model took too long' },
};

// Failures on the server's side: their messages name files, model servers and settings, which are
// for whoever runs the server (they go to its log), not for whoever sent the request.
const PUBLIC_MESSAGE: Partial<Record<ErrorCode, string>> = {
  STORE_CORRUPT: "The server's data file is broken, so nothing was read or changed. Whoever runs the server can see which file and why in its log.",
  STORE_IO: 'The server could not read or write its data file. Whoever runs the server can see why in its log.',
  CONFIG: 'The server is not set up for this. Whoever runs the server can see why in its log.',
  LLM_UNAVAILABLE: 'The model could not be reached, or it failed to answer.',
  LLM_OUTPUT_INVALID: 'The model returned an answer bidwright could not use.',
  RATE_LIMITED: 'The model provider is limiting requests for now.',
  LLM_TIMEOUT: 'The model did not answer in time.',
};

/** What an HTTP client may read about `error`: its message, or a plain one for the server's own failures. */
export function publicMessage(error: BidwrightError): string {
  return PUBLIC_MESSAGE[error.code] ?? error.message;
}

const proofPath = (id: string) => `/api/proof/${encodeURIComponent(id)}`;

/** Advice per code, for errors without a finer reason. */
const ADVICE_BY_CODE: Partial<Record<ErrorCode, string>> = {
  INVALID_INPUT: 'Fix the request body; GET /api/openapi.json describes each one.',
  STORE_CORRUPT: "Nothing was changed: the server's data file must be fixed or moved by whoever runs the server.",
  STORE_IO: 'Nothing was changed: whoever runs the server must check its data folder.',
  CONFIG: 'Whoever runs the server must fix its configuration.',
  LLM_UNAVAILABLE: 'Retry in a few minutes.',
  RATE_LIMITED: 'Retry later; Retry-After gives the wait when the provider said.',
  LLM_TIMEOUT: 'Retry; a shorter post or draft finishes sooner.',
  LLM_OUTPUT_INVALID: 'Retry; the model may answer well next time.',
};

/** The API's advice for `error`: the one place HTTP adds words to a core error. */
export function httpAdvice(error: BidwrightError): string | null {
  const reason = reasonOf(error);
  switch (reason?.reason) {
    case 'unknown-proof-id':
      return 'GET /api/proof lists the ids.';
    case 'duplicate-proof-id':
      return `PUT ${proofPath(reason.id)} replaces that item; DELETE ${proofPath(reason.id)} removes it.`;
    case 'unknown-instruction':
      return "POST /api/triage lists the post's instructions; name one by its number in that list (from 1) or by its value.";
    default:
      return ADVICE_BY_CODE[error.code] ?? null;
  }
}

/** A stable, non-dereferenceable URI per kind of problem (RFC 9457 allows any URI). */
function problemType(slug: string): string {
  return `urn:bidwright:problem:${slug}`;
}

const slugOf = (code: string) => code.toLowerCase().replaceAll('_', '-');

/** Seconds to wait, when an engine attached one to a RATE_LIMITED error as `details.retryAfter`. */
function retryAfter(details: unknown): string | null {
  const value = (details as { retryAfter?: unknown } | null | undefined)?.retryAfter;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? String(Math.ceil(value)) : null;
}

export interface ProblemAnswer {
  problem: Problem;
  headers: Record<string, string>;
  /** Set when the error was not one we raised on purpose: the stack goes to the log only. */
  unexpected: boolean;
}

/** Turns any thrown value into a problem; `where` is the request's path and id. */
export function toProblem(error: unknown, where: { instance: string; requestId: string }): ProblemAnswer {
  const base = { instance: where.instance, requestId: where.requestId };
  if (isBidwrightError(error)) {
    const { status, title } = BY_CODE[error.code];
    const headers: Record<string, string> = {};
    if (error.code === 'UNAUTHORIZED') headers['WWW-Authenticate'] = 'Bearer realm="bidwright"';
    const wait = error.code === 'RATE_LIMITED' ? retryAfter(error.details) : null;
    if (wait !== null) headers['Retry-After'] = wait;
    const problem: Problem = { type: problemType(slugOf(error.code)), title, status, detail: publicMessage(error), ...base };
    const advice = httpAdvice(error);
    if (advice !== null) problem.advice = advice;
    if (error.code === 'INVALID_INPUT' && Array.isArray(error.details)) problem.errors = error.details;
    return { problem, headers, unexpected: false };
  }
  if (error instanceof HttpProblem) {
    const problem = { type: problemType(error.slug), title: error.title, status: error.status, detail: error.message, ...base };
    return { problem, headers: error.headers, unexpected: false };
  }
  if (error instanceof HTTPException && error.status < 500) {
    const problem = {
      type: problemType(`http-${error.status}`),
      title: 'The request was refused',
      status: error.status,
      detail: error.message || 'The request was refused.',
      ...base,
    };
    return { problem, headers: {}, unexpected: false };
  }
  const detail = `Something went wrong on the server. It was logged with request id ${where.requestId}; please report it with that id.`;
  return { problem: { type: problemType('internal'), title: 'Internal server error', status: 500, detail, ...base }, headers: {}, unexpected: true };
}

/** A problem+json response, built through the context so headers set earlier (X-Request-Id) stay. */
export function problemResponse(c: Context, answer: Pick<ProblemAnswer, 'problem' | 'headers'>): Response {
  const headers = { ...answer.headers, 'Content-Type': PROBLEM_CONTENT_TYPE };
  return c.body(JSON.stringify(answer.problem), answer.problem.status as ContentfulStatusCode, headers);
}

/** The request id the request-id middleware set, or a placeholder when it never ran. */
export function requestIdOf(c: Context): string {
  return (c.get('requestId') as string | undefined) ?? 'unknown';
}

/** Builds the problem for `error` on the current request, logging server-side failures. */
export function problemFor(error: unknown, c: Context, logger: Logger): Problem {
  const answer = toProblem(error, { instance: c.req.path, requestId: requestIdOf(c) });
  logProblem(error, answer, c, logger);
  return answer.problem;
}

function logProblem(error: unknown, answer: ProblemAnswer, c: Context, logger: Logger): void {
  const { status } = answer.problem;
  if (status < 500) return;
  const entry = { requestId: answer.problem.requestId, method: c.req.method, path: c.req.path, status };
  if (answer.unexpected) {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    logger.log({ level: 'error', msg: 'unexpected error', ...entry, stack });
  } else {
    const code = isBidwrightError(error) ? error.code : 'HTTP';
    // The full message, with the file or model server it names, is for the log only.
    const detail = isBidwrightError(error) ? error.message : answer.problem.detail;
    const reason = isBidwrightError(error) ? reasonOf(error) : null;
    logger.log({ level: 'error', msg: 'request failed', ...entry, code, detail, ...reason });
  }
}

/** `app.onError`: every error as problem+json. */
export function createErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    const answer = toProblem(error, { instance: c.req.path, requestId: requestIdOf(c) });
    logProblem(error, answer, c, logger);
    return problemResponse(c, answer);
  };
}

/** `app.notFound`: an unknown route is a 404 problem naming the path. */
export function createNotFoundHandler(): NotFoundHandler {
  return (c) => {
    const detail = `There is no ${c.req.method} ${c.req.path}. The API is described at /api/openapi.json and /docs.`;
    const problem: Problem = {
      type: problemType('not-found'),
      title: 'Not found',
      status: 404,
      detail,
      instance: c.req.path,
      requestId: requestIdOf(c),
    };
    return problemResponse(c, { problem, headers: {} });
  };
}
