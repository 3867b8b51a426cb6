import { describe, expect, it } from 'vitest';
import { t04ClientHistory, weakClientSignals } from '../../../src/rubric/triage/t04-client-history.ts';
import { buildFacts, buildTriage, run } from './build.ts';

const defaults = t04ClientHistory.thresholds;
const historyReason = { signal: 'client.hireRate', effect: 'negative' as const, text: 'Hires for one post in five.' };

describe('weakClientSignals', () => {
  it('reads a hire rate stored as a percentage or as a fraction', () => {
    expect(weakClientSignals(buildFacts({ client: { hireRate: 20 } }).client, defaults)).toHaveLength(1);
    expect(weakClientSignals(buildFacts({ client: { hireRate: 0.2 } }).client, defaults)).toHaveLength(1);
    expect(weakClientSignals(buildFacts({ client: { hireRate: 0.75 } }).client, defaults)).toEqual([]);
  });

  it('ignores a low rating that no review stands behind', () => {
    expect(weakClientSignals(buildFacts({ client: { rating: 0, reviews: 0 } }).client, defaults)).toEqual([]);
    expect(weakClientSignals(buildFacts({ client: { rating: 3.2, reviews: 6 } }).client, defaults)).toHaveLength(1);
  });

  it('counts zero spend after jobs were posted', () => {
    expect(weakClientSignals(buildFacts({ client: { totalSpent: 0, jobsPosted: 4 } }).client, defaults)).toHaveLength(1);
    expect(weakClientSignals(buildFacts({ client: { totalSpent: 1200, jobsPosted: 4 } }).client, defaults)).toEqual([]);
  });
});

describe('T04 client history', () => {
  it('passes a weak history that a client reason cites', () => {
    const triage = buildTriage({ facts: { client: { hireRate: 20 } }, reasons: [historyReason] });
    expect(run(t04ClientHistory, triage)).toEqual([]);
  });

  it('passes a strong history with no client reason', () => {
    const triage = buildTriage({ facts: { client: { hireRate: 80, rating: 4.9, reviews: 30, totalSpent: 50000 } } });
    expect(run(t04ClientHistory, triage)).toEqual([]);
  });

  it('flags a weak history that no reason cites', () => {
    const hits = run(t04ClientHistory, buildTriage({ facts: { client: { rating: 3.1, reviews: 9 } } }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toMatch(/rating 3\.1/);
  });

  it('does not accept a country or a praising reason as the history reason', () => {
    const triage = buildTriage({
      facts: { client: { hireRate: 10 } },
      reasons: [
        { signal: 'client.country', effect: 'neutral', text: 'Client location noted.' },
        { signal: 'client.hireRate', effect: 'positive', text: 'The client hires.' },
      ],
    });
    expect(run(t04ClientHistory, triage)).toHaveLength(1);
  });

  it('uses the minHireRate threshold', () => {
    const triage = buildTriage({ facts: { client: { hireRate: 50 } } });
    expect(run(t04ClientHistory, triage)).toEqual([]);
    expect(run(t04ClientHistory, triage, undefined, { minHireRate: 60 })).toHaveLength(1);
  });
});
