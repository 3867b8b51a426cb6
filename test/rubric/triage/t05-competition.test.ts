import { describe, expect, it } from 'vitest';
import { t05Competition } from '../../../src/rubric/triage/t05-competition.ts';
import { buildTriage, run } from './build.ts';

const crowdedReason = { signal: 'competition', effect: 'negative' as const, text: 'Fifty or more proposals already.' };
const high = { status: 'high', detail: '50+ proposals.' };

describe('T05 competition', () => {
  it('passes a crowded post with a negative competition reason', () => {
    const triage = buildTriage({ facts: { proposals: { min: 50, max: null } }, competition: high, reasons: [crowdedReason] });
    expect(run(t05Competition, triage)).toEqual([]);
  });

  it('passes a quiet post without a competition reason', () => {
    const triage = buildTriage({ facts: { proposals: { min: 5, max: 10 } }, competition: { status: 'low', detail: '5 to 10.' } });
    expect(run(t05Competition, triage)).toEqual([]);
  });

  it('flags a crowded post that no reason calls crowded', () => {
    const hits = run(t05Competition, buildTriage({ facts: { proposals: { min: 50, max: null } }, competition: high }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('50+ proposals');
  });

  it('flags five or more interviews with no competition reason', () => {
    const hits = run(t05Competition, buildTriage({ facts: { interviewing: 6 }, competition: high }));
    expect(hits.map((hit) => hit.evidence)).toEqual(['6 interviewing']);
  });

  it('flags an unknown competition status when the proposal count is known', () => {
    const hits = run(t05Competition, buildTriage({ facts: { proposals: { min: 10, max: 15 } } }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/unknown/);
  });
});
