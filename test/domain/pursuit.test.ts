import { describe, expect, it } from 'vitest';
import { applyVerdictCap, verdictCap } from '../../src/domain/pursuit.ts';
import type { MustHave, PursuitCriteria } from '../../src/domain/schemas.ts';

const yes = { answer: 'yes', evidence: 'shown' } as const;
const all: PursuitCriteria = { provenWork: yes, ableToPay: yes, beyondProduction: yes, firstStep: yes, worthIt: yes };
const must = (kind: MustHave['kind'], met: MustHave['met']): MustHave => ({ kind, requirement: 'Russian', met, evidence: 'e' });

describe('the pursuit rule', () => {
  it('allows pursue when every criterion holds and nothing required is missing', () => {
    expect(verdictCap(all, [])).toEqual({ cap: 'pursue', why: [] });
  });

  it('allows no pursue without proof of the work or a client able to pay', () => {
    expect(verdictCap({ ...all, provenWork: { answer: 'no', evidence: 'none' } }, []).cap).toBe('consider');
    expect(verdictCap({ ...all, ableToPay: { answer: 'unknown', evidence: '?' } }, []).cap).toBe('consider');
  });

  it('skips for a missing language, location or licence, and considers for a missing tool or one to confirm', () => {
    expect(verdictCap(all, [must('language', 'no')])).toMatchObject({ cap: 'skip', why: ['must-have not met: Russian'] });
    expect(verdictCap(all, [must('tool', 'no')]).cap).toBe('consider');
    expect(verdictCap(all, [must('location', 'unknown')]).cap).toBe('consider');
  });

  it('only ever lowers a verdict', () => {
    expect(applyVerdictCap('skip', 'pursue')).toBe('skip');
    expect(applyVerdictCap('pursue', 'consider')).toBe('consider');
  });
});
