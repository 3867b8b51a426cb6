/**
 * The pipeline's two append-only collections (tracked proposals and their events) as Store
 * methods: pages and time ranges as for drafts, and a proposal looked up by id.
 */
import type { Store } from '../domain/ports.ts';
import { PipelineEvent, TrackedProposal } from '../domain/pipeline.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { deepFreeze } from './library-snapshot.ts';
import { type Bounds, boundsOf, keepLatest, pageOf, type TimedRecord } from './record-page.ts';
import type { RecordLog } from './record-log.ts';

/** Where the pipeline's records are kept. */
export interface PipelineLogs {
  proposals: RecordLog<TrackedProposal>;
  events: RecordLog<PipelineEvent>;
}

type PipelineMethods = Pick<Store, 'listTrackedProposals' | 'getTrackedProposal' | 'saveTrackedProposal' | 'listPipelineEvents' | 'savePipelineEvent'>;

/** Every month, every record: what a lookup by id must be able to reach. */
const EVERYTHING: Bounds = { limit: Number.POSITIVE_INFINITY, since: Number.NEGATIVE_INFINITY, until: Number.POSITIVE_INFINITY, after: null };

/** The Store's pipeline methods over `logs`. */
export function pipelineMethods({ proposals, events }: PipelineLogs): PipelineMethods {
  return {
    listTrackedProposals: async (query) => {
      const bounds = boundsOf(query);
      return pageOf(await proposals.candidates(bounds), bounds);
    },
    // The logs keep what they read in memory, so a lookup after the first walks a map, not the disk.
    getTrackedProposal: async (id) => (await proposals.candidates(EVERYTHING)).find((proposal) => proposal.id === id) ?? null,
    saveTrackedProposal: async (proposal) => proposals.append(parseOrThrow(TrackedProposal, proposal, 'The tracked proposal')),
    listPipelineEvents: async (query) => {
      const bounds = boundsOf(query);
      return pageOf(await events.candidates(bounds), bounds);
    },
    savePipelineEvent: async (event) => events.append(parseOrThrow(PipelineEvent, event, 'The pipeline event')),
  };
}

/** A log held in memory (the memory store's), with the file log's one-version-per-id rule. */
export function createMemoryLog<T extends TimedRecord>(): RecordLog<T> {
  const saved = new Map<string, T>();
  return {
    append: async (record) => keepLatest(saved, deepFreeze(record)),
    candidates: async () => [...saved.values()],
  };
}
