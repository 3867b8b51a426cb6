import type { TrackedProposalStatus } from '../domain/pipeline.ts';
import { statusesOf } from '../domain/pipeline-status.ts';
import type { Page, RecordQuery } from '../domain/ports.ts';
import { type PipelineDeps, readAll } from './pipeline-deps.ts';

/**
 * Tracked proposals newest first, a page at a time (the Store's paging and time range), each
 * with its events, the furthest stage they reached and how it closed.
 */
export async function listTracked(query: RecordQuery, { store }: PipelineDeps): Promise<Page<TrackedProposalStatus>> {
  const page = await store.listTrackedProposals(query);
  const oldest = page.items.at(-1);
  if (oldest === undefined) return { items: [], next: page.next };
  // No event of these proposals is older than the oldest one's sending.
  const events = await readAll((range) => store.listPipelineEvents(range), { since: oldest.sentAt });
  return { items: statusesOf(page.items, events), next: page.next };
}
