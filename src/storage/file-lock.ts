/**
 * A lock across processes on one machine (proper-lockfile: an atomic mkdir, refreshed while held
 * and taken over when stale), held across each read-modify-write of a store file.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ioError } from './file-errors.ts';

// Writes take milliseconds; a writer waits up to about 20 s for others before giving up.
const RETRIES = { retries: 200, factor: 1.1, minTimeout: 5, maxTimeout: 100, randomize: true };

/** Runs `work` while holding the lock on `file` (the lock is the folder `<file>.lock`). */
export async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
  } catch (error) {
    throw ioError('create the folder for', file, error);
  }
  let release: () => Promise<void>;
  try {
    // Loaded on the first write: a command that only reads never pays for it.
    const { default: lockfile } = await import('proper-lockfile');
    release = await lockfile.lock(file, {
      realpath: false,
      lockfilePath: `${file}.lock`,
      retries: RETRIES,
      // A lost lock means this process stalled past the stale time; its write is still one atomic
      // rename, so the process goes on rather than crash a server from a timer.
      onCompromised: () => undefined,
    });
  } catch (error) {
    throw ioError('lock', file, error);
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}

/**
 * A queue for one store's writes: each runs after the one before it has finished. Writers in one
 * process then wait their turn in order instead of polling the file lock, whose retry back-off
 * (up to 100 ms a try) left a few of eight concurrent draft saves waiting one to two seconds.
 */
export function createWriteQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = last.then(work, work);
    last = run.catch(() => undefined);
    return run;
  };
}
