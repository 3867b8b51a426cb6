import { describe, expect, it } from 'vitest';
import { computeFunnel, type FunnelInput, rateOf } from '../../src/domain/funnel.ts';
import { defaultFunnelThresholds, FunnelThresholdOverrides } from '../../src/domain/funnel-thresholds.ts';
import type { PipelineEvent, TrackedProposal } from '../../src/domain/pipeline.ts';
import { event, many, reach, tracked } from '../helpers/pipeline.ts';

const thresholds = defaultFunnelThresholds();

function funnel(proposals: TrackedProposal[], events: PipelineEvent[], extra: Partial<FunnelInput> = {}) {
  return computeFunnel({
    proposals,
    events,
    thresholds,
    window: { days: 30, since: '2026-11-01T00:00:00.000Z', until: '2026-12-01T00:00:00.000Z' },
    trackedDays: 30,
    normalise: (text) =>
      text
        .toLowerCase()
        .replace(/[^a-z ]/g, '')
        .trim(),
    ...extra,
  });
}

/** `sent` proposals of which the first `viewed` were viewed, and so on down the funnel. */
function shaped(sent: number, viewed: number, replied: number, interviewed: number, hired: number) {
  const proposals = many(sent);
  const events = [
    ...reach(proposals, viewed, 'viewed'),
    ...reach(proposals, replied, 'replied'),
    ...reach(proposals, interviewed, 'interview'),
    ...reach(proposals, hired, 'hired'),
  ];
  return funnel(proposals, events);
}

describe('the funnel stages', () => {
  it('counts each stage and gives each rate with the counts behind it', () => {
    const result = shaped(20, 10, 4, 2, 1);
    expect([result.sent, result.viewed, result.replied, result.interviewed, result.hired]).toEqual([20, 10, 4, 2, 1]);
    const replied = result.stages.find((stage) => stage.stage === 'replied');
    expect(replied?.fromPrevious).toEqual({ count: 4, of: 10, value: 0.4, small: true });
    expect(replied?.fromSent).toEqual({ count: 4, of: 20, value: 0.2, small: false });
  });

  it('gives no rate, not zero, when nothing was sent or reached the stage before', () => {
    const empty = funnel([], []);
    expect(empty.stages.map((stage) => stage.count)).toEqual([0, 0, 0, 0, 0]);
    expect(empty.stages[1]?.fromPrevious).toEqual({ count: 0, of: 0, value: null, small: true });
    const noViews = shaped(12, 0, 0, 0, 0);
    expect(noViews.stages[2]?.fromPrevious?.value).toBeNull();
    expect(noViews.stages[2]?.fromSent?.value).toBe(0);
  });

  it('counts a hire as a view, a reply and an interview too', () => {
    const [only] = many(1);
    const result = funnel([only as TrackedProposal], [event('p0', 'hired')]);
    expect([result.viewed, result.replied, result.interviewed, result.hired]).toEqual([1, 1, 1, 1]);
  });

  it('reads events in any order, and counts a repeated event once', () => {
    const proposals = many(2);
    const events = [event('p0', 'interview', 9), event('p0', 'viewed', 2), event('p0', 'viewed', 3), event('p1', 'viewed', 4), event('p1', 'viewed', 4)];
    const forwards = funnel(proposals, events);
    const backwards = funnel(proposals, [...events].reverse());
    expect(backwards.stages).toEqual(forwards.stages);
    expect([forwards.viewed, forwards.replied, forwards.interviewed]).toEqual([2, 1, 1]);
  });

  it('ignores events of proposals outside the funnel', () => {
    expect(funnel(many(1), [event('elsewhere', 'hired')]).hired).toBe(0);
  });

  it('keeps a reply that was later declined, and counts the closings', () => {
    const proposals = many(3);
    const result = funnel(proposals, [event('p0', 'replied', 1), event('p0', 'declined', 2), event('p1', 'no_response', 8)]);
    expect([result.replied, result.declined, result.noResponse]).toEqual([1, 1, 1]);
  });

  it('marks a rate over fewer cases than the small-sample threshold as small', () => {
    expect(rateOf(1, 19, 20).small).toBe(true);
    expect(rateOf(1, 20, 20).small).toBe(false);
  });
});

describe('the diagnosis', () => {
  it('says there is too little data when nothing was sent', () => {
    expect(funnel([], []).diagnosis).toMatchObject({ code: 'insufficient-data', message: expect.stringContaining('No proposals tracked in the last 30 days') });
  });

  it('says there is too little data when tracking began days ago with few proposals', () => {
    const { diagnosis } = funnel(many(4), [], { trackedDays: 3 });
    expect(diagnosis.code).toBe('insufficient-data');
    expect(diagnosis.message).toContain('4 proposals sent over 3 days of tracking');
  });

  it('blames the market when a full window holds too few proposals', () => {
    const { diagnosis } = funnel(many(4), [], { trackedDays: 30 });
    expect(diagnosis).toMatchObject({ code: 'market', message: expect.stringContaining('Only 4 proposals in 30 days') });
  });

  it('blames the market when most bids went to jobs triage did not rate pursue', () => {
    const proposals = [...many(3, 'a', { verdict: 'pursue' }), ...many(9, 'b', { verdict: 'consider' }), ...many(8, 'c')];
    const events = [...reach(proposals, 20, 'replied')];
    const { diagnosis } = funnel(proposals, events);
    expect(diagnosis.code).toBe('market');
    expect(diagnosis.message).toContain('Only 3 of the 12 proposals with a known triage verdict (25%)');
  });

  it('blames positioning when proposals are rarely viewed', () => {
    const { diagnosis } = shaped(20, 4, 2, 1, 1);
    expect(diagnosis).toMatchObject({ code: 'positioning', message: expect.stringContaining('opened 4 of 20 proposals (20%, below 30%)') });
  });

  it('blames positioning when proposals are viewed but rarely answered', () => {
    const { diagnosis } = shaped(20, 12, 1, 1, 1);
    expect(diagnosis).toMatchObject({ code: 'positioning', message: expect.stringContaining('answered 1 of 20 proposals (5%, below 10%)') });
  });

  it('blames the sales step when interviews do not close', () => {
    const { diagnosis } = shaped(20, 12, 6, 4, 0);
    expect(diagnosis.code).toBe('sales');
    expect(diagnosis.message).toContain('4 interviews led to 0 hires (0%, below 20%)');
    expect(diagnosis.message).toContain('a small sample');
  });

  it('calls a funnel with no weak step healthy, and says when interviews are too few to judge closing', () => {
    expect(shaped(20, 10, 5, 3, 1).diagnosis).toMatchObject({ code: 'healthy', message: expect.not.stringContaining('small sample') });
    expect(shaped(12, 6, 3, 1, 0).diagnosis.message).toMatch(/Too few interviews yet \(1\).*small sample/);
  });

  it('follows changed thresholds', () => {
    const lenient = { ...thresholds, ...FunnelThresholdOverrides.parse({ minViewRate: 0.1 }) };
    const proposals = many(20);
    const events = [...reach(proposals, 4, 'viewed'), ...reach(proposals, 3, 'replied'), ...reach(proposals, 1, 'hired')];
    expect(funnel(proposals, events).diagnosis.code).toBe('positioning');
    expect(funnel(proposals, events, { thresholds: lenient }).diagnosis.code).toBe('healthy');
  });

  it('refuses an override that is not a threshold or out of range', () => {
    expect(FunnelThresholdOverrides.safeParse({ minViewRate: 3 }).success).toBe(false);
    expect(FunnelThresholdOverrides.safeParse({ minViewrate: 0.2 }).success).toBe(false);
  });
});

describe('the breakdowns', () => {
  const proposals = [
    tracked('a', 0, { offer: 'audit', proofIds: ['shop', 'crm'], tone: 'warm', verdict: 'pursue', rubric: 'clean' }),
    tracked('b', 0, { offer: 'audit', proofIds: ['shop'], tone: 'plain', verdict: 'consider', rubric: 'warnings' }),
    tracked('c', 0),
  ];
  const result = funnel(proposals, [event('a', 'hired'), event('b', 'viewed')]);

  it('counts a proposal under each proof item it cited, and "none" when it cited none', () => {
    expect(result.breakdowns.proof.map((row) => [row.key, row.sent, row.replied.count])).toEqual([
      ['shop', 2, 1],
      ['crm', 1, 1],
      ['none', 1, 0],
    ]);
  });

  it('says unknown for an offer, tone, verdict or rubric result it was not told', () => {
    expect(result.breakdowns.offer.map((row) => row.key)).toEqual(['audit', 'unknown']);
    expect(result.breakdowns.tone.map((row) => row.key)).toEqual(['plain', 'unknown', 'warm']);
    expect(result.breakdowns.verdict.map((row) => row.key)).toEqual(['consider', 'pursue', 'unknown']);
    expect(result.breakdowns.rubric.map((row) => row.key)).toEqual(['clean', 'unknown', 'warnings']);
  });

  it('gives each row its reply and hire rates with their counts', () => {
    const audit = result.breakdowns.offer[0];
    expect(audit).toMatchObject({ key: 'audit', sent: 2, viewed: 2, interviewed: 1, replied: { count: 1, of: 2, value: 0.5 }, hired: { count: 1, of: 2 } });
  });
});

describe('Connects', () => {
  it('gives no cost, with the reason, when no proposal recorded its Connects', () => {
    expect(funnel(many(3), [event('p0', 'replied')]).connects).toEqual({
      spent: 0,
      recorded: 0,
      perReply: { value: null, reason: 'No proposal in this window recorded the Connects it cost.' },
      perHire: { value: null, reason: 'No proposal in this window recorded the Connects it cost.' },
    });
  });

  it('gives the cost per reply and says why there is none per hire yet', () => {
    const proposals = [...many(3, 'p', { connects: 16 }), tracked('x')];
    const { connects } = funnel(proposals, [event('p0', 'replied'), event('p1', 'interview'), event('x', 'hired')]);
    expect(connects.spent).toBe(48);
    expect(connects.recorded).toBe(3);
    expect(connects.perReply).toEqual({ value: 24, reason: null });
    expect(connects.perHire.value).toBeNull();
    expect(connects.perHire.reason).toContain('No hires yet among the 3 proposal(s) that recorded their Connects');
  });
});

describe('objections', () => {
  it('groups wordings of one objection, most common first, up to the limit', () => {
    const proposals = many(3);
    const events = [
      event('p0', 'declined', 2, 'Price too high.'),
      event('p1', 'declined', 2, 'price too high'),
      event('p2', 'replied', 2, 'Timeline'),
      event('p2', 'declined', 3, '  '),
      event('gone', 'declined', 2, 'Not ours'),
    ];
    expect(funnel(proposals, events).objections).toEqual([
      { text: 'Price too high.', count: 2 },
      { text: 'Timeline', count: 1 },
    ]);
    expect(funnel(proposals, events, { thresholds: { ...thresholds, topObjections: 1 } }).objections).toHaveLength(1);
  });
});
