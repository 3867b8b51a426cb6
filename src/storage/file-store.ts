/**
 * A Store on one JSON file, `<dir>/bidwright.json`, through lowdb (one Low instance per store;
 * steno writes a temp file and renames it, so a crash mid-write leaves the old file whole).
 *
 * A file that is not valid JSON or not valid bidwright data is never overwritten: every operation
 * fails with STORE_CORRUPT until the user fixes or moves the file. The file is read again on the
 * next call, so a fix takes effect without a restart.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Store } from '../domain/ports.ts';
import { BidwrightError, type ErrorReason } from '../domain/errors.ts';
import { describeIssues } from '../domain/validate.ts';
import { createDocumentStore } from './document-store.ts';
import { StoreData, defaultStoreData } from './store-data.ts';

/** The store file's name inside the data directory. */
export const STORE_FILE_NAME = 'bidwright.json';

/** Node's error codes in words; the raw message is left out because it repeats the path. */
const IO_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'a folder is where the file should be',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many files are open',
};

function ioError(action: string, file: string, error: unknown): BidwrightError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
  const problem = IO_PROBLEMS[code] ?? 'the file system refused';
  // The path goes in details, not the message: only an edge that runs on this machine can use it.
  return new BidwrightError('STORE_IO', `Could not ${action} the data file: ${problem} (${code}).`, {
    cause: error,
    details: { reason: 'unusable-store-file', file } satisfies ErrorReason,
  });
}

function corrupt(file: string, problem: string, cause?: unknown): BidwrightError {
  return new BidwrightError('STORE_CORRUPT', `The data file is corrupt: ${problem}. It was left as it is.`, {
    cause,
    details: { reason: 'corrupt-store-file', file } satisfies ErrorReason,
  });
}

/** The JSON parser's complaint, with line and column when it gives a position (Node does not always). */
async function describeSyntaxError(file: string, error: SyntaxError): Promise<string> {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) return error.message;
  try {
    const before = (await readFile(file, 'utf-8')).slice(0, Number(position)).split('\n');
    return `${error.message}: line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  } catch {
    return error.message;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Opens the store in `dir`. Nothing is read or created until the first call; a missing dir reads as empty. */
export async function createFileStore({ dir }: { dir: string }): Promise<Store> {
  const root = path.resolve(dir);
  const file = path.join(root, STORE_FILE_NAME);
  const db = new Low<StoreData>(new JSONFile<StoreData>(file), defaultStoreData());
  let loaded = false;

  const readFromDisk = async (): Promise<StoreData> => {
    let raw: unknown;
    try {
      // Read through the adapter, not db.read(): Low ignores a file holding `null`, `0` or `""`.
      raw = await db.adapter.read();
      // The adapter answers null both for a missing file and for a file holding `null`.
      if (raw === null && (await exists(file))) throw corrupt(file, 'it holds null instead of an object');
    } catch (error) {
      if (error instanceof BidwrightError) throw error;
      if (error instanceof SyntaxError) {
        throw corrupt(file, `it is not valid JSON (${await describeSyntaxError(file, error)})`, error);
      }
      throw ioError('read', file, error);
    }
    if (raw === null) return defaultStoreData();
    const checked = StoreData.safeParse(raw);
    if (!checked.success) throw corrupt(file, describeIssues(checked.error), checked.error);
    return checked.data;
  };

  return createDocumentStore({
    load: async () => {
      if (!loaded) {
        db.data = await readFromDisk();
        loaded = true;
      }
      return db.data;
    },
    save: async (next) => {
      try {
        await mkdir(root, { recursive: true });
      } catch (error) {
        throw ioError('create the folder for', file, error);
      }
      const previous = db.data;
      db.data = next;
      try {
        await db.write();
      } catch (error) {
        // Keep memory in step with the disk: the change did not happen.
        db.data = previous;
        throw ioError('write', file, error);
      }
    },
  });
}
