import { describe, expect, it } from 'vitest';
import { readFunnel } from '../../src/app/read-funnel.ts';
import { recordEvent } from '../../src/app/record-event.ts';
import { trackProposal } from '../../src/app/track-proposal.ts';
import type { Finding } from '../../src/domain/schemas.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { rejection } from '../storage/store-contract.ts';

const NOW = new Date('2026-12-31T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const finding = (severity: Finding['severity']): Finding => ({ ruleId: 'P13', severity, message: 'm', evidence: null });

function setUp() {
  const store = createMemoryStore();
  return { store, deps: { store, clock: { now: () => NOW } } };
}

describe('tracking a proposal', () => {
  it('takes the rubric result from the stored draft it names', async () => {
    const { store, deps } = setUp();
    const cases: [string, Finding[] | null, string][] = [
      ['d-clean', [], 'clean'],
      ['d-warn', [finding('warn')], 'warnings'],
      ['d-error', [finding('warn'), finding('error')], 'errors'],
      ['d-old', null, 'unknown'],
    ];
    for (const [id, findings] of cases) await store.saveDraft({ id, text: 't', createdAt: daysAgo(1), postTitle: null, postKey: null, findings });
    for (const [id, , rubric] of cases) expect((await trackProposal({ jobTitle: 'J', sentAt: daysAgo(0), draftId: id }, deps)).rubric).toBe(rubric);
    expect((await trackProposal({ jobTitle: 'J', sentAt: daysAgo(0) }, deps)).rubric).toBe('unknown');
  });

  it('keeps the verdict the person saw, and says unknown without one', async () => {
    const { deps } = setUp();
    expect((await trackProposal({ jobTitle: 'J', sentAt: daysAgo(0), verdict: 'skip' }, deps)).verdict).toBe('skip');
    expect((await trackProposal({ jobTitle: 'J', sentAt: daysAgo(0) }, deps)).verdict).toBe('unknown');
  });

  it('refuses a sending time in the future and a blank title, saying how to fix them', async () => {
    const { deps } = setUp();
    expect((await rejection(trackProposal({ jobTitle: 'J', sentAt: '2027-02-01T00:00:00Z' }, deps))).message).toContain('is in the future');
    expect((await rejection(trackProposal({ jobTitle: ' ', sentAt: daysAgo(0) }, deps))).message).toContain('give the job title');
  });
});

describe('recording an event', () => {
  it('answers NOT_FOUND for an unknown proposal and INVALID_INPUT for a time before the sending', async () => {
    const { deps } = setUp();
    const { id } = await trackProposal({ jobTitle: 'J', sentAt: daysAgo(3) }, deps);
    expect((await rejection(recordEvent('tp-unknown', { type: 'viewed', at: daysAgo(1) }, deps))).code).toBe('NOT_FOUND');
    expect((await rejection(recordEvent(id, { type: 'viewed', at: daysAgo(4) }, deps))).code).toBe('INVALID_INPUT');
    expect((await recordEvent(id, { type: 'viewed', at: daysAgo(3), note: '' }, deps)).note).toBeNull();
  });
});

describe('reading the funnel', () => {
  it('calls a few proposals over a short tracking time too little data, and over a full window the market', async () => {
    const { store, deps } = setUp();
    await trackProposal({ jobTitle: 'J', sentAt: daysAgo(2) }, deps);
    expect((await readFunnel({}, deps)).diagnosis.message).toContain('1 proposal sent over 2 days of tracking');
    await trackProposal({ jobTitle: 'Old', sentAt: daysAgo(45) }, deps);
    const funnel = await readFunnel({ days: 30 }, { store, clock: deps.clock });
    expect([funnel.sent, funnel.diagnosis.code]).toEqual([1, 'market']);
  });

  it('uses the default window of its thresholds, and refuses a window out of range', async () => {
    const { store, deps } = setUp();
    const thresholds = { ...(await import('../../src/domain/funnel-thresholds.ts')).defaultFunnelThresholds(), defaultDays: 7 };
    expect((await readFunnel({}, { store, clock: deps.clock, thresholds })).days).toBe(7);
    expect((await rejection(readFunnel({ days: 400 }, deps))).message).toContain('Days must be at most 365');
  });
});
