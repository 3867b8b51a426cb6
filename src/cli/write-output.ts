import { writeFile } from 'node:fs/promises';
import { BidwrightError } from '../domain/errors.ts';
import type { Output } from './context.ts';

/** Writes `text` to standard output, or to a new `file` (an existing file is never overwritten). */
export async function writeOutput(file: string | undefined, text: string, stdout: Output): Promise<void> {
  if (file === undefined || file === '-') {
    stdout.write(text);
    return;
  }
  await writeFile(file, text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'EEXIST' ? 'it already exists (bidwright will not overwrite it)' : error.message;
    throw new BidwrightError('INVALID_INPUT', `Cannot write ${file}: ${why}.`);
  });
}
