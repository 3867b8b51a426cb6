import { z } from 'zod';
import { toCsv } from '../domain/csv.ts';
import type { PipelineEventType, TrackedProposalStatus } from '../domain/pipeline.ts';
import { statusesOf } from '../domain/pipeline-status.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { type PipelineDeps, readAll } from './pipeline-deps.ts';

export const ExportFormat = z.enum(['csv', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export interface PipelineExport {
  contentType: string;
  fileName: string;
  body: string;
}

const EVENT_COLUMNS: readonly PipelineEventType[] = ['viewed', 'replied', 'interview', 'hired', 'declined', 'no_response'];
const HEADER = [
  'id',
  'jobTitle',
  'sentAt',
  'draftId',
  'offer',
  'proofIds',
  'tone',
  'connects',
  'bid',
  'verdict',
  'rubric',
  'stage',
  ...EVENT_COLUMNS.map((type) => `${type}At`),
  'objections',
  'notes',
];

/** One row a proposal: the first time of each event type, objections and notes joined by " | ". */
function rowOf(proposal: TrackedProposalStatus) {
  const first = (type: PipelineEventType) => proposal.events.find((event) => event.type === type)?.at ?? null;
  const joined = (values: (string | null)[]) => values.filter((value) => value !== null).join(' | ');
  return [
    proposal.id,
    proposal.jobTitle,
    proposal.sentAt,
    proposal.draftId,
    proposal.offer,
    proposal.proofIds.join(' '),
    proposal.tone,
    proposal.connects,
    proposal.bid,
    proposal.verdict,
    proposal.rubric,
    proposal.stage,
    ...EVENT_COLUMNS.map(first),
    joined(proposal.events.map((event) => event.objection)),
    joined(proposal.events.map((event) => event.note)),
  ];
}

/**
 * Every tracked proposal with its events, oldest first: JSON (the records as stored, each with
 * its events and stage) or CSV (one row a proposal, for a spreadsheet).
 */
export async function exportPipeline(format: unknown, { store, clock }: PipelineDeps): Promise<PipelineExport> {
  const chosen = parseOrThrow(ExportFormat, format, 'The export format');
  const [proposals, events] = await Promise.all([readAll((query) => store.listTrackedProposals(query)), readAll((query) => store.listPipelineEvents(query))]);
  const rows = statusesOf(proposals.reverse(), events);
  const stamp = clock.now().toISOString().slice(0, 10);
  if (chosen === 'json') {
    return {
      contentType: 'application/json',
      fileName: `pipeline-${stamp}.json`,
      body: `${JSON.stringify({ exportedAt: clock.now().toISOString(), proposals: rows }, null, 2)}\n`,
    };
  }
  return { contentType: 'text/csv; charset=utf-8', fileName: `pipeline-${stamp}.csv`, body: toCsv(HEADER, rows.map(rowOf)) };
}
