/** The closed set of failure codes. Adapters map them: HTTP to statuses, the CLI to exit codes. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'STORE_CORRUPT',
  'STORE_IO',
  'LLM_UNAVAILABLE',
  'RATE_LIMITED',
  'LLM_OUTPUT_INVALID',
  'LLM_TIMEOUT',
  'UNAUTHORIZED',
  'CONFIG',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What an edge needs to advise on a failure that the code alone does not pin down. The message
 * stays edge-neutral; each edge turns these into its own advice (a command, a route, a link).
 */
export type ErrorReason =
  | { reason: 'unknown-proof-id'; id: string }
  | { reason: 'duplicate-proof-id'; id: string }
  | { reason: 'corrupt-store-file'; file: string }
  | { reason: 'unusable-store-file'; file: string }
  | { reason: 'engine-not-configured'; engine: string }
  | { reason: 'missing-recording'; dir: string }
  | { reason: 'unknown-instruction'; instruction: string };

type ReasonName = ErrorReason['reason'];

/** The string field each reason carries, so a hand-built `details` cannot pass for a reason. */
const REASON_FIELD: Record<ReasonName, string> = {
  'unknown-proof-id': 'id',
  'duplicate-proof-id': 'id',
  'corrupt-store-file': 'file',
  'unusable-store-file': 'file',
  'engine-not-configured': 'engine',
  'missing-recording': 'dir',
  'unknown-instruction': 'instruction',
};

/**
 * A failure the user can act on. `message` says plainly what is wrong (and, for bad input, how to
 * fix the input); it never names a command, flag, route or page: the edges add that advice.
 */
export class BidwrightError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'BidwrightError';
    this.code = code;
    this.details = options.details;
  }
}

/** True for errors the project raised on purpose (safe to show their message). */
export function isBidwrightError(error: unknown): error is BidwrightError {
  return error instanceof BidwrightError;
}

/** The reason attached to `error`'s details, or null when it carries none (or something else). */
export function reasonOf(error: BidwrightError): ErrorReason | null {
  const details = error.details as Record<string, unknown> | null | undefined;
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return null;
  const name = details.reason;
  if (typeof name !== 'string' || !Object.hasOwn(REASON_FIELD, name)) return null;
  const field = REASON_FIELD[name as ReasonName];
  return typeof details[field] === 'string' ? (details as unknown as ErrorReason) : null;
}
