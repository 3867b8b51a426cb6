/**
 * Paging over records that grow (drafts now; events and eval runs fit the same shape): one order,
 * newest first by `createdAt` then id, and one cursor format, shared by every store.
 */
import type { Page, RecordQuery } from '../domain/ports.ts';
import { BidwrightError } from '../domain/errors.ts';

/** The most records one page may hold. */
const MAX_PAGE_SIZE = 1000;

/** What every growing collection's records carry. */
export interface TimedRecord {
  id: string;
  createdAt: string;
}

/** A query with its bounds as milliseconds, checked once. */
export interface Bounds {
  limit: number;
  since: number;
  until: number;
  /** The last record of the previous page, or null for the first page. */
  after: { at: number; id: string } | null;
}

const invalid = (message: string) => new BidwrightError('INVALID_INPUT', message);

function timeOf(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw invalid(`The ${name} time must be an ISO date and time, not "${String(value)}".`);
  return at;
}

function cursorOf(value: string | undefined): Bounds['after'] {
  if (value === undefined) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf-8')) as unknown[];
    if (typeof at === 'number' && typeof id === 'string') return { at, id };
  } catch {
    // Reported below with the same message as a well-formed cursor of the wrong shape.
  }
  throw invalid('The page cursor is not one this store gave out; start again from the first page.');
}

/** Checks `query`; INVALID_INPUT names what is wrong. */
export function boundsOf(query: RecordQuery): Bounds {
  const { limit } = query;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw invalid(`The page size must be a whole number from 0 to ${MAX_PAGE_SIZE}, not ${String(limit)}.`);
  }
  return { limit, since: timeOf(query.since, 'since', -Infinity), until: timeOf(query.until, 'until', Infinity), after: cursorOf(query.after) };
}

// Records are frozen once stored, so a record's time is parsed once, not on every page asked for.
const parsedTimes = new WeakMap<TimedRecord, number>();

/** `record.createdAt` as milliseconds. */
function createdMs(record: TimedRecord): number {
  let at = parsedTimes.get(record);
  if (at === undefined) {
    at = Date.parse(record.createdAt);
    parsedTimes.set(record, at);
  }
  return at;
}

/** Whether `record` falls inside the bounds (time range and cursor). */
export function within(record: TimedRecord, bounds: Bounds): boolean {
  const at = createdMs(record);
  if (at < bounds.since || at >= bounds.until) return false;
  const { after } = bounds;
  return after === null || at < after.at || (at === after.at && record.id < after.id);
}

/** Newest first; equal times by id, descending, so the order is total and a cursor is exact. */
function newestFirst(a: { at: number; id: string }, b: { at: number; id: string }): number {
  return b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * Keeps one version per id: the one created last; on equal times the later one given, so a
 * record saved again replaces the earlier save.
 */
export function keepLatest<T extends TimedRecord>(into: Map<string, T>, record: T): void {
  const held = into.get(record.id);
  if (held === undefined || Date.parse(record.createdAt) >= Date.parse(held.createdAt)) into.set(record.id, record);
}

/**
 * The newest `limit` of `entries`, in order. Only those at or after the limit-th newest time are
 * sorted (found with a typed-array sort of the times, no comparator), so reading a long range page
 * by page does not sort the whole range again for every page.
 */
function newest<E extends { at: number; id: string }>(entries: E[], limit: number): E[] {
  if (entries.length > limit && limit > 0) {
    const times = Float64Array.from(entries, (entry) => entry.at).sort();
    const cutoff = times[times.length - limit] ?? Number.NEGATIVE_INFINITY;
    return entries
      .filter((entry) => entry.at >= cutoff)
      .sort(newestFirst)
      .slice(0, limit);
  }
  return entries.sort(newestFirst).slice(0, limit);
}

/** The page `bounds` asks for, from candidates that hold one version per id. */
export function pageOf<T extends TimedRecord>(candidates: Iterable<T>, bounds: Bounds): Page<T> {
  const inRange = [...candidates].filter((record) => within(record, bounds)).map((record) => ({ at: createdMs(record), id: record.id, record }));
  const page = newest(inRange, bounds.limit);
  const last = page.at(-1);
  const more = inRange.length > page.length && last !== undefined;
  return { items: page.map((entry) => entry.record), next: more ? Buffer.from(JSON.stringify([last.at, last.id])).toString('base64url') : null };
}
