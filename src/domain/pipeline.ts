/**
 * The pipeline's shapes (the method's 30-day reality test): a proposal the freelancer sent, and
 * what happened to it afterwards as events. Both are append-only records: `createdAt` is when the
 * thing happened (the proposal's `sentAt`, the event's `at`), so a time range on the records is a
 * time range on the funnel.
 */
import { z } from 'zod';
import { Id, Tone, Verdict } from './schemas.ts';

/** What can happen to a sent proposal; `hired` implies it was viewed, answered and interviewed. */
export const PipelineEventType = z.enum(['viewed', 'replied', 'interview', 'hired', 'declined', 'no_response']);
export type PipelineEventType = z.infer<typeof PipelineEventType>;

/** How the draft behind a proposal fared on the rubric, when it is known. */
export const RubricResult = z.enum(['clean', 'warnings', 'errors', 'unknown']);
export type RubricResult = z.infer<typeof RubricResult>;

/** The triage verdict of the job, or `unknown` when no stored draft or form says it. */
const KnownVerdict = z.union([Verdict, z.literal('unknown')]);

const IsoTime = z.iso.datetime({ offset: true, message: 'must be an ISO date and time such as 2026-12-01T09:30:00Z' });
const Note = z.string().trim().max(2000, 'keep it under 2,000 characters');
const Amount = z.number().finite().min(0, 'must be zero or more');

/** What a person (or tool) says when tracking a proposal they sent. */
export const TrackProposalRequest = z.object({
  jobTitle: z.string().trim().min(1, 'give the job title so you can recognise the proposal later').max(300),
  sentAt: IsoTime,
  draftId: z.string().trim().min(1).max(200).nullish(),
  offer: z.string().trim().min(1).max(200).nullish(),
  proofIds: z.array(Id).max(20).default([]),
  tone: Tone.nullish(),
  connects: z.number().int('must be a whole number of Connects').min(0).max(1000).nullish(),
  bid: Amount.nullish(),
  /** The triage verdict the person saw; a stored draft's own verdict wins over it. */
  verdict: Verdict.nullish(),
});
export type TrackProposalRequest = z.infer<typeof TrackProposalRequest>;

/** A tracked proposal as stored. */
export const TrackedProposal = z.object({
  id: z.string().min(1).max(80),
  createdAt: IsoTime,
  jobTitle: z.string(),
  sentAt: IsoTime,
  draftId: z.string().nullable(),
  offer: z.string().nullable(),
  proofIds: z.array(z.string()),
  tone: Tone.nullable(),
  connects: z.number().nullable(),
  bid: z.number().nullable(),
  verdict: KnownVerdict,
  rubric: RubricResult,
});
export type TrackedProposal = z.infer<typeof TrackedProposal>;

/** What a person says happened to a tracked proposal. */
export const RecordEventRequest = z.object({
  type: PipelineEventType,
  at: IsoTime,
  note: Note.nullish(),
  /** What the client objected to (price, timeline, trust ...), in the client's or the person's words. */
  objection: Note.nullish(),
});
export type RecordEventRequest = z.infer<typeof RecordEventRequest>;

/** An event as stored. */
export const PipelineEvent = z.object({
  id: z.string().min(1).max(80),
  createdAt: IsoTime,
  proposalId: z.string().min(1).max(80),
  type: PipelineEventType,
  at: IsoTime,
  note: z.string().nullable(),
  objection: z.string().nullable(),
});
export type PipelineEvent = z.infer<typeof PipelineEvent>;

/** A tracked proposal with where it got to: its furthest stage and how it closed, if it did. */
export const TrackedProposalStatus = TrackedProposal.extend({
  stage: z.enum(['sent', 'viewed', 'replied', 'interviewed', 'hired']),
  closed: z.enum(['declined', 'no_response']).nullable(),
  events: z.array(PipelineEvent),
});
export type TrackedProposalStatus = z.infer<typeof TrackedProposalStatus>;
