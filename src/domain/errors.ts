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

/** A failure the user can act on: `message` says what is wrong and how to fix it. */
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
