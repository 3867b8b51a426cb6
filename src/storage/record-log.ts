/**
 * An append-only collection of timed records on disk: one JSON Lines file per month of
 * `createdAt` (`<dir>/2026-12.jsonl`). A write appends one line under the file's lock and never
 * rewrites what is there, so its cost does not grow with the collection. Files are read lazily,
 * newest month first and only as far back as a page needs, and kept in memory; a file that grew
 * since (another process appended) is read from where the last read stopped.
 */
import { appendFile, open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { describeIssues } from '../domain/validate.ts';
import { corrupt, ioError } from './file-errors.ts';
import { createWriteQueue, withFileLock } from './file-lock.ts';
import { deepFreeze } from './library-snapshot.ts';
import { type Bounds, keepLatest, type TimedRecord, within } from './record-page.ts';
import { readTail } from './read-tail.ts';

/** Where records of one kind are kept. */
export interface RecordLog<T extends TimedRecord> {
  append(record: T): Promise<void>;
  /**
   * One version per id of every record that could be on the page `bounds` asks for; with `keep`,
   * only records that pass it count towards filling the page (older months are read until they do).
   */
  candidates(bounds: Bounds, keep?: (record: T) => boolean): Promise<T[]>;
}

const MONTH_FILE = /^(\d{4})-(\d{2})\.jsonl$/;

interface MonthCache<T> {
  ino: number;
  mtimeMs: number;
  offset: number;
  lines: number;
  records: Map<string, T>;
}

/** Milliseconds at the start of the month after the one `name` holds. */
function monthEnd(name: string): number {
  const [, year, month] = MONTH_FILE.exec(name) ?? [];
  return Date.UTC(Number(year), Number(month), 1);
}

/** The log in `dir`; `schema` checks each line read and each record appended. */
export function createRecordLog<T extends TimedRecord>({ dir, schema }: { dir: string; schema: z.ZodType<T> }): RecordLog<T> {
  const cache = new Map<string, MonthCache<T>>();

  const parseLines = (file: string, text: string, firstLine: number): T[] =>
    text.split('\n').flatMap((line, index) => {
      if (line.trim() === '') return [];
      const where = `line ${firstLine + index}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        throw corrupt(file, `${where} is not valid JSON (${(error as Error).message})`, error);
      }
      const checked = schema.safeParse(raw);
      if (!checked.success) throw corrupt(file, `${where}: ${describeIssues(checked.error)}`, checked.error);
      return [deepFreeze(checked.data)];
    });

  const readMonth = async (name: string): Promise<Map<string, T>> => {
    const file = path.join(dir, name);
    const seen = await stat(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw ioError('read', file, error);
    });
    if (seen === null) return new Map();
    const held = cache.get(name);
    // A file only grows by appends; one replaced, shrunk or edited in place is read again whole.
    const appended = held !== undefined && held.ino === seen.ino && (seen.size > held.offset || seen.mtimeMs === held.mtimeMs);
    const from = appended ? held : { ino: seen.ino, mtimeMs: seen.mtimeMs, offset: 0, lines: 0, records: new Map<string, T>() };
    if (seen.size === from.offset) return from.records;
    const tail = await readTail(file, from.offset).catch((error: unknown) => {
      throw ioError('read', file, error);
    });
    // A line still being written has no newline yet: it is read next time.
    const records = parseLines(file, tail.complete, from.lines + 1);
    const next = { ino: seen.ino, mtimeMs: seen.mtimeMs, offset: from.offset + tail.bytes, lines: from.lines + tail.lines, records: from.records };
    for (const record of records) keepLatest(next.records, record);
    cache.set(name, next);
    return next.records;
  };

  const queued = createWriteQueue();

  const months = async (): Promise<string[]> => {
    try {
      return (await readdir(dir))
        .filter((name) => MONTH_FILE.test(name))
        .sort()
        .reverse();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw ioError('read', dir, error);
    }
  };

  return {
    append: async (record) => {
      const file = path.join(dir, `${new Date(record.createdAt).toISOString().slice(0, 7)}.jsonl`);
      const line = `${JSON.stringify(schema.parse(record))}\n`;
      await queued(() =>
        withFileLock(file, async () => {
          // A line torn by a crash stays on its own line (and is reported), not glued to this one.
          const torn = await endsMidLine(file);
          await appendFile(file, torn ? `\n${line}` : line).catch((error: unknown) => {
            throw ioError('write', file, error);
          });
        }),
      );
    },
    candidates: async (bounds, keep) => {
      const found = new Map<string, T>();
      let inPage = 0;
      for (const name of await months()) {
        // Older months hold only older records: stop once they cannot reach the page.
        if (monthEnd(name) <= bounds.since || inPage > bounds.limit) break;
        for (const record of (await readMonth(name)).values()) {
          if (found.has(record.id)) continue;
          found.set(record.id, record);
          if (within(record, bounds) && (keep === undefined || keep(record))) inPage += 1;
        }
      }
      return [...found.values()];
    },
  };
}

async function endsMidLine(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => null);
  if (handle === null) return false;
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    await handle.close();
  }
}
