/**
 * The library document on disk, `<dir>/bidwright.json`, through lowdb's text adapter (steno writes
 * a temp file and renames it, so a crash mid-write leaves the old file whole).
 *
 * The validated snapshot is kept and reused until the file's identity (inode, size, times) changes,
 * so a write by another process or a hand edit shows at the next call, and a read costs one stat.
 * Each change holds the cross-process lock from reading to writing. A file that is not valid
 * JSON or not valid bidwright data is never written over: every operation fails with
 * STORE_CORRUPT until the user fixes or moves it.
 */
import { copyFile, constants, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { TextFile } from 'lowdb/node';
import { describeIssues } from '../domain/validate.ts';
import { corrupt, describeSyntaxError, ioError } from './file-errors.ts';
import { createWriteQueue, withFileLock } from './file-lock.ts';
import { LibraryDoc, defaultLibraryDoc } from './library-data.ts';
import type { Change } from './library-ops.ts';
import { type LibrarySnapshot, snapshotOf } from './library-snapshot.ts';

/** Where the library document lives, and how it is read and changed. */
export interface LibraryBackend {
  /** The current snapshot; re-read only when the document changed since the last read. */
  read(): Promise<LibrarySnapshot>;
  /** Applies `apply` to the current snapshot and saves the result; `backup` first copies the old file aside. */
  update<T>(apply: (snapshot: LibrarySnapshot) => Change<T>, options?: { backup?: boolean }): Promise<T>;
}

/** How the file looked when last read: a change to any of these means someone wrote it. */
async function identity(file: string): Promise<string> {
  try {
    const { ino, size, mtimeMs, ctimeMs } = await stat(file);
    return `${ino}:${size}:${mtimeMs}:${ctimeMs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw ioError('read', file, error);
  }
}

function parseDocument(file: string, text: string | null): LibraryDoc {
  if (text === null) return defaultLibraryDoc();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw corrupt(file, `it is not valid JSON (${describeSyntaxError(text, error as SyntaxError)})`, error);
  }
  if (raw === null) throw corrupt(file, 'it holds null instead of an object');
  const checked = LibraryDoc.safeParse(raw);
  if (!checked.success) throw corrupt(file, describeIssues(checked.error), checked.error);
  return checked.data;
}

/** Copies `file` to `<dir>/backups/<name>-<time>.json` before a change that drops data. */
async function backUp(file: string, now: Date): Promise<void> {
  if ((await identity(file)) === 'missing') return;
  const dir = path.join(path.dirname(file), 'backups');
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  try {
    await mkdir(dir, { recursive: true });
    await copyFile(file, path.join(dir, `${path.basename(file, '.json')}-${stamp}.json`), constants.COPYFILE_EXCL);
  } catch (error) {
    throw ioError('back up', file, error);
  }
}

/** The library backend for `file`; `now` dates backups. */
export function createLibraryFile(file: string, now: () => Date): LibraryBackend {
  const adapter = new TextFile(file);
  let current: { key: string; snapshot: LibrarySnapshot } | null = null;
  let pending: Promise<LibrarySnapshot> | null = null;
  const queued = createWriteQueue();

  const load = async (): Promise<LibrarySnapshot> => {
    const key = await identity(file);
    if (current?.key === key) return current.snapshot;
    current = null;
    let text: string | null;
    try {
      text = await adapter.read();
    } catch (error) {
      throw ioError('read', file, error);
    }
    // Keyed by the identity taken before reading: a write landing in between is seen next time.
    const snapshot = snapshotOf(parseDocument(file, text));
    current = { key, snapshot };
    return snapshot;
  };

  // Concurrent reads in one process share one load.
  const read = (): Promise<LibrarySnapshot> => {
    pending ??= load().finally(() => {
      pending = null;
    });
    return pending;
  };

  const change = async <T>(apply: (snapshot: LibrarySnapshot) => Change<T>, backup: boolean): Promise<T> => {
    // A file that cannot be read is refused before the lock is taken, so nothing is created beside it.
    await read();
    return withFileLock(file, async () => {
      // A fresh look under the lock, not a shared read begun before another process wrote.
      const before = await load();
      const { next, result } = apply(before);
      if (backup) await backUp(file, now());
      try {
        await adapter.write(JSON.stringify(next, null, 2));
      } catch (error) {
        throw ioError('write', file, error);
      }
      current = { key: await identity(file), snapshot: snapshotOf(next, before) };
      return result;
    });
  };

  return {
    read,
    // One change at a time in this process; the file lock orders them with other processes.
    update: (apply, options = {}) => queued(() => change(apply, options.backup === true)),
  };
}
