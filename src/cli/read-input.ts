import { readFile, stat } from 'node:fs/promises';
import { BidwrightError } from '../domain/errors.ts';
import { tooLong } from '../domain/limits.ts';

export interface InputSource {
  /** Reads all of standard input as bytes. */
  readStdin(): Promise<Buffer>;
}

export interface ReadInputOptions {
  /** What the input is, for messages: "job post", "draft", "proof file". */
  what: string;
  /** Largest accepted size in bytes. */
  maxBytes: number;
}

/** Reads a file argument, or standard input for `-`, as UTF-8 text; refuses huge, binary or missing input. */
export async function readInput(arg: string | undefined, source: InputSource, options: ReadInputOptions): Promise<string> {
  if (arg === undefined || arg === '') {
    throw new BidwrightError('INVALID_INPUT', `Give the ${options.what} as a file path, or - to read standard input.`);
  }
  const name = arg === '-' ? 'standard input' : arg;
  const bytes = arg === '-' ? await source.readStdin() : await readFileChecked(arg, options);
  if (bytes.length > options.maxBytes)
    throw new BidwrightError('INVALID_INPUT', tooLong(`${options.what} from ${name}`, bytes.length, options.maxBytes, 'bytes'));
  if (looksBinary(bytes)) {
    throw new BidwrightError('INVALID_INPUT', `${name} looks like a binary file, not text: give the ${options.what} as plain UTF-8 text.`);
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

async function readFileChecked(path: string, options: ReadInputOptions): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new BidwrightError('INVALID_INPUT', `${path} is a folder; give the ${options.what} file inside it.`);
    if (info.size > options.maxBytes) throw new BidwrightError('INVALID_INPUT', tooLong(`${options.what} in ${path}`, info.size, options.maxBytes, 'bytes'));
    return await readFile(path);
  } catch (error) {
    if (error instanceof BidwrightError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BidwrightError('INVALID_INPUT', `No such file: ${path}`);
    if (code === 'EACCES') throw new BidwrightError('INVALID_INPUT', `Cannot read ${path}: permission denied.`);
    throw new BidwrightError('INVALID_INPUT', `Cannot read ${path}: ${(error as Error).message}`);
  }
}

/** NUL bytes or many invalid UTF-8 sequences mean this is not text a person pasted. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  const decoded = sample.toString('utf8');
  const replacements = decoded.split('\uFFFD').length - 1;
  return replacements > 8 && replacements / Math.max(decoded.length, 1) > 0.01;
}

/** Parses JSON text, with a message that names the source and the position of the fault. */
export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BidwrightError('INVALID_INPUT', `${name} is not valid JSON: ${(error as Error).message}`);
  }
}
