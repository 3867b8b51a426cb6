import { BidwrightError } from '../domain/errors.ts';
import { type RubricResult, type TrackedProposal, TrackProposalRequest } from '../domain/pipeline.ts';
import type { Store, StoredDraft } from '../domain/ports.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { newRecordId, type PipelineDeps } from './pipeline-deps.ts';

/** A sending time this far ahead of the clock is a clock difference, not a date in the future. */
const CLOCK_SLACK_MS = 5 * 60_000;

/** The rubric result the stored findings give, or `unknown` when the store has none. */
function rubricOf(draft: StoredDraft | null): RubricResult {
  const findings = draft?.findings;
  if (findings === undefined || findings === null) return 'unknown';
  if (findings.some((finding) => finding.severity === 'error')) return 'errors';
  return findings.length > 0 ? 'warnings' : 'clean';
}

/** The stored draft with this id. */
async function findDraft(store: Store, id: string): Promise<StoredDraft> {
  const found = await store.getDraft(id);
  if (found === null)
    throw new BidwrightError('NOT_FOUND', `No stored draft has the id "${id}". Check the id, or leave the draft out to track the proposal alone.`);
  return found;
}

/**
 * Tracks a proposal the person sent. With a draft id, the rubric result comes from the stored
 * draft; the triage verdict is the one the person saw (the form's), else unknown: never guessed.
 */
export async function trackProposal(input: unknown, { store, clock }: PipelineDeps): Promise<TrackedProposal> {
  const request = parseOrThrow(TrackProposalRequest, input, 'The tracked proposal');
  const now = clock.now();
  if (Date.parse(request.sentAt) > now.getTime() + CLOCK_SLACK_MS) {
    throw new BidwrightError('INVALID_INPUT', `The sending time ${request.sentAt} is in the future; give the time the proposal was sent.`);
  }
  const draft = request.draftId ? await findDraft(store, request.draftId) : null;
  const proposal: TrackedProposal = {
    id: newRecordId('tp'),
    createdAt: request.sentAt,
    jobTitle: request.jobTitle,
    sentAt: request.sentAt,
    draftId: request.draftId ?? null,
    offer: request.offer ?? null,
    proofIds: [...new Set(request.proofIds)],
    tone: request.tone ?? null,
    connects: request.connects ?? null,
    bid: request.bid ?? null,
    verdict: request.verdict ?? 'unknown',
    rubric: rubricOf(draft),
  };
  await store.saveTrackedProposal(proposal);
  return proposal;
}
