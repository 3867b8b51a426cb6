/** Tracked proposals and events with test values, dated from a fixed start. */
import type { PipelineEvent, PipelineEventType, TrackedProposal } from '../../src/domain/pipeline.ts';

/** The fixed start the tests date from: 2026-12-01T00:00:00Z. */
const START = Date.UTC(2026, 11, 1);

export const atDay = (day: number): string => new Date(START + day * 86_400_000).toISOString();

/** A tracked proposal sent on `day`; `overrides` win. */
export function tracked(id: string, day = 0, overrides: Partial<TrackedProposal> = {}): TrackedProposal {
  const sentAt = atDay(day);
  return {
    id,
    createdAt: sentAt,
    jobTitle: `Job ${id}`,
    sentAt,
    draftId: null,
    offer: null,
    proofIds: [],
    tone: null,
    connects: null,
    bid: null,
    verdict: 'unknown',
    rubric: 'unknown',
    ...overrides,
  };
}

let serial = 0;

/** An event of `type` on `proposalId` at `day`. */
export function event(proposalId: string, type: PipelineEventType, day = 1, objection: string | null = null): PipelineEvent {
  serial += 1;
  const at = atDay(day);
  return { id: `ev-${serial}`, createdAt: at, proposalId, type, at, note: null, objection };
}

/** `count` proposals sent on day 0 named `${prefix}0`, `${prefix}1` ... */
export function many(count: number, prefix = 'p', overrides: Partial<TrackedProposal> = {}): TrackedProposal[] {
  return Array.from({ length: count }, (_, index) => tracked(`${prefix}${index}`, 0, overrides));
}

/** Events of `type` for the first `count` of `proposals`. */
export function reach(proposals: readonly TrackedProposal[], count: number, type: PipelineEventType): PipelineEvent[] {
  return proposals.slice(0, count).map((proposal) => event(proposal.id, type));
}
