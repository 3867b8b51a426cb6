/** Each tracked proposal with its events (oldest first), its furthest stage and how it closed. */
import { progressOf, stageName } from './funnel.ts';
import type { PipelineEvent, TrackedProposal, TrackedProposalStatus } from './pipeline.ts';

/** `proposals` in their order, each with its own events from `events`. */
export function statusesOf(proposals: readonly TrackedProposal[], events: readonly PipelineEvent[]): TrackedProposalStatus[] {
  const progress = progressOf(proposals, events);
  const byProposal = new Map<string, PipelineEvent[]>();
  for (const event of events) {
    if (!progress.has(event.proposalId)) continue;
    const held = byProposal.get(event.proposalId);
    if (held === undefined) byProposal.set(event.proposalId, [event]);
    else held.push(event);
  }
  return proposals.map((proposal) => {
    const reached = progress.get(proposal.id);
    const closed = reached?.declined ? 'declined' : reached?.noResponse ? 'no_response' : null;
    const own = (byProposal.get(proposal.id) ?? []).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return { ...proposal, stage: stageName(reached?.level ?? 0), closed, events: own };
  });
}
