/**
 * What the pipeline's use cases share: their dependencies, and reading every record of a range
 * through the Store's pages.
 */
import { randomUUID } from 'node:crypto';
import type { FunnelThresholds } from '../domain/funnel-thresholds.ts';
import type { Clock, Page, RecordQuery, Store } from '../domain/ports.ts';

export interface PipelineDeps {
  store: Store;
  clock: Clock;
  /** The funnel's thresholds; the shipped ones when absent. */
  thresholds?: FunnelThresholds;
}

/** The largest page a Store gives; a whole range is read in pages of this size. */
const PAGE = 1000;

/** Every record `list` holds in the range, newest first, read a page at a time. */
export async function readAll<T>(list: (query: RecordQuery) => Promise<Page<T>>, range: { since?: string; until?: string } = {}): Promise<T[]> {
  const all: T[] = [];
  let after: string | undefined;
  do {
    const page = await list({ ...range, limit: PAGE, ...(after === undefined ? {} : { after }) });
    all.push(...page.items);
    after = page.next ?? undefined;
  } while (after !== undefined);
  return all;
}

/** A new record id such as `tp-3f9a0c1d2b4e` (48 random bits: no clash in millions of records). */
export function newRecordId(prefix: string): string {
  return `${prefix}-${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}
