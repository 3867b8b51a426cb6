/**
 * The CLI's advice for a failure: the core says what is wrong, and this map says which command or
 * flag fixes it. It is the only place the CLI adds words to a core error.
 */
import { dirname } from 'node:path';
import { reasonOf, type BidwrightError, type ErrorCode } from '../domain/errors.ts';

/** Advice per code, for errors without a finer reason; `command` is e.g. "proof add". */
const BY_CODE: Partial<Record<ErrorCode, (command: string | null) => string>> = {
  INVALID_INPUT: (command) => `Run \`bidwright ${command ?? ''}${command ? ' ' : ''}--help\` for the expected input.`,
  STORE_CORRUPT: () => 'Fix or move the data file; bidwright will not overwrite it.',
  STORE_IO: () => 'Choose another data folder with --data or BIDWRIGHT_DATA_DIR.',
  LLM_UNAVAILABLE: () => 'Or run with --engine offline, which needs no model.',
  RATE_LIMITED: () => 'Or run with --engine offline, which needs no model.',
  LLM_TIMEOUT: () => 'Or run with --engine offline, which needs no model.',
  LLM_OUTPUT_INVALID: () => 'Or run with --engine offline, which needs no model.',
};

/** The CLI's advice for `error`, or null when the message says all there is. */
export function cliAdvice(error: BidwrightError, command: string | null = null): string | null {
  const reason = reasonOf(error);
  switch (reason?.reason) {
    case 'unknown-proof-id':
      return 'Run `bidwright proof list` to see the ids.';
    case 'duplicate-proof-id':
      return `Run \`bidwright proof import FILE\` to replace it, or \`bidwright proof rm ${reason.id}\` first.`;
    case 'corrupt-store-file':
      return `Fix or move ${reason.file}; bidwright will not overwrite it.`;
    case 'unusable-store-file':
      return `Check that ${dirname(reason.file)} is a writable folder with free space, or choose another with --data or BIDWRIGHT_DATA_DIR.`;
    case 'engine-not-configured':
      return `Set one, or run with --engine offline, which needs no model.`;
    case 'unknown-instruction':
      return 'Run `bidwright triage FILE` to see the numbered client instructions; pass --accept with a number or a value from that list.';
    case 'missing-recording':
      return 'Run `bidwright eval --record` to make one.';
    default:
      return BY_CODE[error.code]?.(command) ?? null;
  }
}

/** The one stderr line for a failure: the core's message, then the CLI's advice. */
export function formatCliError(error: BidwrightError, command: string | null = null): string {
  const message = error.message.replace(/\s+/g, ' ').trim();
  const advice = cliAdvice(error, command);
  if (advice === null) return `bidwright: ${message}\n`;
  // Advice follows on the same line, so the message must end its sentence first.
  const ended = /[.!?)]$/.test(message) ? message : `${message}.`;
  return `bidwright: ${ended} ${advice}\n`;
}
