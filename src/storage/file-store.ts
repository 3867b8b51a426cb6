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
import { BidwrightError } from '../domain/errors.ts';
import { describeIssues } from '../domain/validate.ts';
import { createDocumentStore } from './document-store.ts';
import { StoreData, defaultStoreData } from './store-data.ts';

/** The store file's name inside the data directory. */
export const STORE_FILE_NAME = 'bidwright.json';

const KEEP = 'Fix or move the file; bidwright will not overwrite it.';

function ioError(action: string, file: string, error: unknown): BidwrightError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
  const reason = error instanceof Error ? error.message : String(error);
  return new BidwrightError(
    'STORE_IO',
    `Could not ${action} ${file} (${code}): ${reason}. Check that the path is a writable directory ` +
      'with free space, or choose another with --data or BIDWRIGHT_DATA_DIR.',
    { cause: error },
  );
}

function corrupt(file: string, problem: string, cause?: unknown): BidwrightError {
  return new BidwrightError('STORE_CORRUPT', `${file} is corrupt: ${problem}. ${KEEP}`, { cause });
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
        throw ioError('create the data directory for', file, error);
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
