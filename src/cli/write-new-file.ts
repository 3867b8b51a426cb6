import { writeFile } from 'node:fs/promises';
import { BidwrightError } from '../domain/errors.ts';

/** Writes `text` to `file`, refusing to overwrite a file that exists. */
export async function writeNewFile(file: string, text: string): Promise<void> {
  await writeFile(file, text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'EEXIST' ? 'it already exists (bidwright will not overwrite it)' : error.message;
    throw new BidwrightError('INVALID_INPUT', `Cannot write ${file}: ${why}.`);
  });
}
