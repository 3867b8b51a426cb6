import { describe, expect, it } from 'vitest';
import { t06Freshness } from '../../../src/rubric/triage/t06-freshness.ts';
import { buildTriage, run } from './build.ts';

const stale = { status: 'stale', detail: 'Posted two weeks ago.' };

describe('T06 freshness', () => {
  it('passes an old post that a freshness reason mentions', () => {
    const triage = buildTriage({
      facts: { postedAgo: 'Posted 2 weeks ago' },
      freshness: stale,
      reasons: [{ signal: 'freshness', effect: 'negative', text: 'Two weeks old; it may be filled.' }],
    });
    expect(run(t06Freshness, triage)).toEqual([]);
  });

  it('passes a post from yesterday without a freshness reason', () => {
    const triage = buildTriage({ facts: { postedAgo: 'yesterday' }, freshness: { status: 'recent', detail: 'Yesterday.' } });
    expect(run(t06Freshness, triage)).toEqual([]);
  });

  it('flags an old post that no reason mentions', () => {
    const hits = run(t06Freshness, buildTriage({ facts: { postedAgo: 'Posted 3 weeks ago' }, freshness: stale }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/21 days/);
  });

  it('flags a stated age left as unknown freshness', () => {
    const hits = run(t06Freshness, buildTriage({ facts: { postedAgo: '4 hours ago' } }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/unknown/);
  });

  it('uses the staleDays threshold', () => {
    const triage = buildTriage({ facts: { postedAgo: '5 days ago' }, freshness: { status: 'recent', detail: '5 days.' } });
    expect(run(t06Freshness, triage)).toEqual([]);
    expect(run(t06Freshness, triage, undefined, { staleDays: 3 })).toHaveLength(1);
  });
});
