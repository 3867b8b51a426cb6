import { BidwrightError } from '../domain/errors.ts';
import { type PipelineEvent, RecordEventRequest } from '../domain/pipeline.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { newRecordId, type PipelineDeps } from './pipeline-deps.ts';

/**
 * Records what happened to a tracked proposal. The proposal must exist (NOT_FOUND otherwise) and
 * the event cannot come before the sending. Recording the same thing twice is harmless: the
 * funnel counts a proposal once per stage.
 */
export async function recordEvent(proposalId: string, input: unknown, { store }: PipelineDeps): Promise<PipelineEvent> {
  const request = parseOrThrow(RecordEventRequest, input, 'The event');
  const proposal = await store.getTrackedProposal(proposalId);
  if (proposal === null) {
    throw new BidwrightError('NOT_FOUND', `No tracked proposal has the id "${proposalId}". List the tracked proposals to find its id.`);
  }
  if (Date.parse(request.at) < Date.parse(proposal.sentAt)) {
    throw new BidwrightError(
      'INVALID_INPUT',
      `The event's time ${request.at} is before the proposal was sent (${proposal.sentAt}); a client can only react after sending. Check the date.`,
    );
  }
  const event: PipelineEvent = {
    id: newRecordId('ev'),
    createdAt: request.at,
    proposalId: proposal.id,
    type: request.type,
    at: request.at,
    note: request.note || null,
    objection: request.objection || null,
  };
  await store.savePipelineEvent(event);
  return event;
}
