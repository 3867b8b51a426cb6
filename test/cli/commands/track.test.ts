import { describe, expect, it } from 'vitest';
import type { Funnel } from '../../../src/domain/funnel-report.ts';
import { createMemoryStore } from '../../../src/storage/memory-store.ts';
import { runBidwright } from '../../helpers/cli.ts';

// The CLI's clock in these tests reads 2026-11-21T12:00:00Z.
async function trackedStore(count: number) {
  const store = createMemoryStore();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const run = await runBidwright(
      ['--json', 'track', 'add', '--title', `Job ${i}`, '--sent-at', '2026-11-10T09:00:00Z', '--connects', '12', '--offer', 'audit'],
      { store },
    );
    expect(run.code, run.stderr).toBe(0);
    ids.push((JSON.parse(run.stdout) as { id: string }).id);
  }
  return { store, ids };
}

describe('bidwright track', () => {
  it('adds a proposal and prints its id', async () => {
    const run = await runBidwright(['track', 'add', '--title', 'Stock sheet clean-up', '--tone', 'warm', '--proof', 'a, b']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Tracked tp-[0-9a-f]{12}: Stock sheet clean-up \(sent 2026-11-21T12:00:00.000Z\)\.\n$/);
  });

  it('records events and prints the funnel with the diagnosis first', async () => {
    const { store, ids } = await trackedStore(10);
    for (const id of ids.slice(0, 2)) expect((await runBidwright(['track', 'event', id, 'viewed', '--at', '2026-11-11T09:00:00Z'], { store })).code).toBe(0);
    const run = await runBidwright(['track', 'funnel'], { store });
    expect(run.code).toBe(0);
    const [first, second] = run.stdout.split('\n');
    expect(first).toBe('Positioning: offer and proof');
    expect(second).toContain('Clients opened 2 of 10 proposals (20%, below 30%)');
    expect(run.stdout).toContain('Viewed           2  20% (2 of 10, small sample) of those sent');
    expect(run.stdout).toContain('per reply:   No replies yet among the 10 proposal(s) that recorded their Connects.');
  });

  it('prints the schema-shaped funnel with --json, for the days asked', async () => {
    const { store } = await trackedStore(2);
    const run = await runBidwright(['--json', 'track', 'funnel', '--days', '5'], { store });
    const funnel = JSON.parse(run.stdout) as Funnel;
    expect([funnel.days, funnel.sent, funnel.diagnosis.code]).toEqual([5, 0, 'insufficient-data']);
  });

  it('refuses an event before the sending, or for an unknown proposal, in one line with exit 2', async () => {
    const { store, ids } = await trackedStore(1);
    const early = await runBidwright(['track', 'event', ids[0] ?? '', 'replied', '--at', '2026-11-01T00:00:00Z'], { store });
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('is before the proposal was sent');
    const unknown = await runBidwright(['track', 'event', 'tp-none', 'replied'], { store });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No tracked proposal has the id "tp-none"');
  });

  it('lists tracked proposals with their stage', async () => {
    const { store, ids } = await trackedStore(2);
    await runBidwright(['track', 'event', ids[1] ?? '', 'hired'], { store });
    const run = await runBidwright(['track', 'list'], { store });
    expect(run.stdout).toContain(`${ids[1]}  2026-11-10  hired  Job 1`);
    expect(run.stdout).toContain('2 tracked proposal(s).');
  });

  it('exports CSV and JSON to standard output', async () => {
    const { store, ids } = await trackedStore(1);
    const csv = await runBidwright(['track', 'export'], { store });
    expect(csv.stdout.split('\r\n')[1]).toMatch(new RegExp(`^${ids[0]},Job 0,2026-11-10T09:00:00Z,,audit,,,12,`));
    const json = await runBidwright(['track', 'export', '--format', 'json'], { store });
    expect((JSON.parse(json.stdout) as { proposals: unknown[] }).proposals).toHaveLength(1);
  });

  it('takes its thresholds from BIDWRIGHT_FUNNEL_THRESHOLDS, and says which name is wrong', async () => {
    const { store } = await trackedStore(3);
    const lenient = await runBidwright(['--json', 'track', 'funnel'], { store, env: { BIDWRIGHT_FUNNEL_THRESHOLDS: '{"minSent": 3, "minViewRate": 0}' } });
    expect((JSON.parse(lenient.stdout) as Funnel).diagnosis.code).toBe('positioning');
    const misspelt = await runBidwright(['track', 'funnel'], { store, env: { BIDWRIGHT_FUNNEL_THRESHOLDS: '{"minsent": 3}' } });
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('bidwright: BIDWRIGHT_FUNNEL_THRESHOLDS is invalid: no threshold is called "minsent"');
  });
});
