/**
 * The errors a store on files raises. The path goes in details, not the message: only an edge that
 * runs on this machine (the CLI, the server's log) may show it.
 */
import { BidwrightError, type ErrorReason } from '../domain/errors.ts';

/** Node's error codes in words; the raw message is left out because it repeats the path. */
const IO_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'a folder is where the file should be',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many files are open',
  ELOCKED: 'another bidwright process held it too long',
};

/** STORE_IO for a failed file operation, e.g. ioError('read', file, error). */
export function ioError(action: string, file: string, error: unknown): BidwrightError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
  const problem = IO_PROBLEMS[code] ?? 'the file system refused';
  return new BidwrightError('STORE_IO', `Could not ${action} the data file: ${problem} (${code}).`, {
    cause: error,
    details: { reason: 'unusable-store-file', file } satisfies ErrorReason,
  });
}

/** STORE_CORRUPT for `file`, which is left as it is. */
export function corrupt(file: string, problem: string, cause?: unknown): BidwrightError {
  return new BidwrightError('STORE_CORRUPT', `The data file is corrupt: ${problem}. It was left as it is.`, {
    cause,
    details: { reason: 'corrupt-store-file', file } satisfies ErrorReason,
  });
}

/** The JSON parser's complaint about `text`, with line and column when it gives a position. */
export function describeSyntaxError(text: string, error: SyntaxError): string {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) return error.message;
  const before = text.slice(0, Number(position)).split('\n');
  return `${error.message}: line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
