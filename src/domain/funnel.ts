/**
 * The funnel arithmetic, pure: from tracked proposals and their events to stage counts, rates,
 * breakdowns, Connects and objections. A proposal counts once per stage however many events say
 * so, in whatever order they were recorded, and a later stage implies the earlier ones (a hire was
 * an interview, a reply and a view). `declined` and `no_response` close a proposal without
 * moving it back.
 */
import { diagnose } from './funnel-diagnosis.ts';
import type { BreakdownRow, Breakdowns, ConnectsSummary, Funnel, FunnelStage, FunnelStageName, Objection, Rate } from './funnel-report.ts';
import type { FunnelThresholds } from './funnel-thresholds.ts';
import type { PipelineEvent, PipelineEventType, TrackedProposal } from './pipeline.ts';

const STAGES = ['sent', 'viewed', 'replied', 'interviewed', 'hired'] as const;

/** How far each event type carries a proposal down the funnel (0: sent, not further). */
const REACHES: Record<PipelineEventType, number> = { viewed: 1, replied: 2, interview: 3, hired: 4, declined: 0, no_response: 0 };

/** Where one proposal got to. */
export interface Progress {
  /** Index into the stages: 0 sent, 1 viewed, 2 replied, 3 interviewed, 4 hired. */
  level: number;
  declined: boolean;
  noResponse: boolean;
}

/** Each proposal's furthest stage from its events; events of other proposals are ignored. */
export function progressOf(proposals: readonly TrackedProposal[], events: readonly PipelineEvent[]): Map<string, Progress> {
  const progress = new Map(proposals.map((proposal) => [proposal.id, { level: 0, declined: false, noResponse: false }]));
  for (const event of events) {
    const held = progress.get(event.proposalId);
    if (held === undefined) continue;
    held.level = Math.max(held.level, REACHES[event.type]);
    if (event.type === 'declined') held.declined = true;
    if (event.type === 'no_response') held.noResponse = true;
  }
  return progress;
}

/** The name of a progress level (0 sent ... 4 hired). */
export function stageName(level: number): FunnelStageName {
  return STAGES[Math.min(Math.max(level, 0), STAGES.length - 1)] ?? 'sent';
}

/** `count` of `of`, with no value when `of` is zero. */
export function rateOf(count: number, of: number, smallSample: number): Rate {
  return { count, of, value: of === 0 ? null : count / of, small: of < smallSample };
}

/** How many proposals reached each stage: [sent, viewed, replied, interviewed, hired]. */
function countStages(levels: readonly number[]): number[] {
  return STAGES.map((_, stage) => levels.filter((level) => level >= stage).length);
}

function stagesOf(counts: readonly number[], smallSample: number): FunnelStage[] {
  const [sent = 0] = counts;
  return STAGES.map((stage, index) => {
    const count = counts[index] ?? 0;
    if (index === 0) return { stage, count, fromPrevious: null, fromSent: null };
    return { stage, count, fromPrevious: rateOf(count, counts[index - 1] ?? 0, smallSample), fromSent: rateOf(count, sent, smallSample) };
  });
}

function breakdown(
  proposals: readonly TrackedProposal[],
  progress: Map<string, Progress>,
  keys: (proposal: TrackedProposal) => string[],
  smallSample: number,
): BreakdownRow[] {
  const groups = new Map<string, number[]>();
  for (const proposal of proposals) {
    const level = progress.get(proposal.id)?.level ?? 0;
    for (const key of new Set(keys(proposal))) {
      const levels = groups.get(key);
      if (levels === undefined) groups.set(key, [level]);
      else levels.push(level);
    }
  }
  const rows = [...groups].map(([key, levels]) => {
    const [sent = 0, viewed = 0, replied = 0, interviewed = 0, hired = 0] = countStages(levels);
    return { key, sent, viewed, replied: rateOf(replied, sent, smallSample), interviewed, hired: rateOf(hired, sent, smallSample) };
  });
  return rows.sort((a, b) => b.sent - a.sent || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function breakdownsOf(proposals: readonly TrackedProposal[], progress: Map<string, Progress>, smallSample: number): Breakdowns {
  const by = (keys: (proposal: TrackedProposal) => string[]) => breakdown(proposals, progress, keys, smallSample);
  return {
    offer: by((proposal) => [proposal.offer ?? 'unknown']),
    proof: by((proposal) => (proposal.proofIds.length > 0 ? proposal.proofIds : ['none'])),
    tone: by((proposal) => [proposal.tone ?? 'unknown']),
    verdict: by((proposal) => [proposal.verdict]),
    rubric: by((proposal) => [proposal.rubric]),
  };
}

function connectsOf(proposals: readonly TrackedProposal[], progress: Map<string, Progress>): ConnectsSummary {
  // Costs are over the proposals that recorded their Connects, so a missing figure never reads as free.
  const recorded = proposals.filter((proposal) => proposal.connects !== null);
  const spent = recorded.reduce((sum, proposal) => sum + (proposal.connects ?? 0), 0);
  const reaching = (level: number) => recorded.filter((proposal) => (progress.get(proposal.id)?.level ?? 0) >= level).length;
  const cost = (count: number, what: string) => {
    if (recorded.length === 0) return { value: null, reason: 'No proposal in this window recorded the Connects it cost.' };
    if (count === 0) return { value: null, reason: `No ${what} yet among the ${recorded.length} proposal(s) that recorded their Connects.` };
    return { value: spent / count, reason: null };
  };
  return { spent, recorded: recorded.length, perReply: cost(reaching(2), 'replies'), perHire: cost(reaching(4), 'hires') };
}

/** The most common objections, grouped by `normalise` (the first wording seen is shown). */
function objectionsOf(events: readonly PipelineEvent[], ids: ReadonlySet<string>, normalise: (text: string) => string, top: number): Objection[] {
  const groups = new Map<string, Objection>();
  for (const event of events) {
    if (event.objection === null || !ids.has(event.proposalId)) continue;
    const key = normalise(event.objection);
    if (key === '') continue;
    const held = groups.get(key);
    groups.set(key, { text: held?.text ?? event.objection, count: (held?.count ?? 0) + 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)).slice(0, top);
}

export interface FunnelInput {
  /** The proposals sent inside the window. */
  proposals: readonly TrackedProposal[];
  /** Their events (others are ignored). */
  events: readonly PipelineEvent[];
  thresholds: FunnelThresholds;
  window: { days: number; since: string; until: string };
  /** How many days of tracking the window really covers (less when tracking started inside it). */
  trackedDays: number;
  /** The key two wordings of one objection share (e.g. folded and lower-cased). */
  normalise: (text: string) => string;
}

/** The funnel for the proposals and events given. */
export function computeFunnel({ proposals, events, thresholds, window, trackedDays, normalise }: FunnelInput): Funnel {
  const progress = progressOf(proposals, events);
  const values = [...progress.values()];
  const [sent = 0, viewed = 0, replied = 0, interviewed = 0, hired = 0] = countStages(values.map((entry) => entry.level));
  const counts = { sent, viewed, replied, interviewed, hired };
  const verdicts = proposals.filter((proposal) => proposal.verdict !== 'unknown');
  const pursued = verdicts.filter((proposal) => proposal.verdict === 'pursue').length;
  return {
    ...window,
    diagnosis: diagnose({ ...counts, known: verdicts.length, pursued }, { days: window.days, trackedDays }, thresholds),
    ...counts,
    declined: values.filter((entry) => entry.declined).length,
    noResponse: values.filter((entry) => entry.noResponse).length,
    stages: stagesOf([sent, viewed, replied, interviewed, hired], thresholds.smallSample),
    breakdowns: breakdownsOf(proposals, progress, thresholds.smallSample),
    connects: connectsOf(proposals, progress),
    objections: objectionsOf(events, new Set(progress.keys()), normalise, thresholds.topObjections),
  };
}
