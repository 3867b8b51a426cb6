import { describe, expect, it } from 'vitest';
import { aggregateCase, aggregateSuite, type RepeatOutcome } from '../../src/evals/aggregate.ts';
import type { RepeatCheck } from '../../src/evals/check-expectations.ts';
import { EvalSuite } from '../../src/evals/eval-case.ts';

const suite = (thresholds: object = {}, cases = 1) =>
  EvalSuite.parse({
    suite: 's',
    thresholds,
    cases: Array.from({ length: cases }, (_, i) => ({ id: `c${i}`, kind: 'proposal', input: { jobPost: 'A post.' } })),
  });

const repeat = (checks: RepeatCheck[], error: string | null = null): RepeatOutcome => ({
  text: error === null ? 'draft' : null,
  result: null,
  checks,
  error,
  usage: null,
  startedMs: 0,
  endedMs: 5,
});

const warnP16 = (passed: boolean): RepeatCheck => ({ id: 'P16', severity: 'warn', passed, messages: passed ? [] : ['uses "delve"'] });
const errorP14 = (passed: boolean): RepeatCheck => ({ id: 'P14', severity: 'error', passed, messages: passed ? [] : ['email address'] });

/** One case whose repeats pass P16 `passed` times out of `runs`. */
function warnRun(passed: number, runs: number, thresholds: object = {}) {
  const s = suite(thresholds);
  const repeats = Array.from({ length: runs }, (_, i) => repeat([warnP16(i < passed)]));
  return aggregateSuite(s, [aggregateCase(s, s.cases[0]!, repeats)], 0);
}

describe('k-of-n gates', () => {
  it('fails an error rule that fails one repeat of three, and the case with it', () => {
    const s = suite();
    const result = aggregateCase(s, s.cases[0]!, [repeat([errorP14(true)]), repeat([errorP14(false)]), repeat([errorP14(true)])]);
    expect(result.checks).toEqual([{ id: 'P14', severity: 'error', passedRuns: 2, runs: 3, messages: ['email address'] }]);
    expect(result.passed).toBe(false);
    const summary = aggregateSuite(s, [result], 0);
    expect(summary.rules[0]).toMatchObject({ id: 'P14', passRate: 2 / 3, threshold: 1, gatePassed: false });
    expect(summary.passed).toBe(false);
  });

  it('fails a warn rule passing 70% of runs against 0.8 and passes it at 90%', () => {
    const low = warnRun(7, 10, { warnPassRate: 0.8 });
    expect(low.rules[0]).toMatchObject({ id: 'P16', severity: 'warn', passRate: 0.7, threshold: 0.8, gatePassed: false });
    expect(low.cases[0]!.passed).toBe(true);
    expect(low.passed).toBe(false);
    const high = warnRun(9, 10, { warnPassRate: 0.8 });
    expect(high.rules[0]).toMatchObject({ passRate: 0.9, gatePassed: true });
    expect(high.passed).toBe(true);
  });

  it('uses a per-rule threshold over the suite warn rate', () => {
    expect(warnRun(9, 10, { warnPassRate: 0.5, rules: { P16: 0.95 } }).rules[0]).toMatchObject({ threshold: 0.95, gatePassed: false });
    expect(warnRun(8, 10, { warnPassRate: 0.9, rules: { P16: 0.8 } }).rules[0]).toMatchObject({ threshold: 0.8, gatePassed: true });
  });

  it('pools a rule across the cases of a suite', () => {
    const s = suite({ warnPassRate: 0.6 }, 2);
    const cases = [aggregateCase(s, s.cases[0]!, [repeat([warnP16(true)])]), aggregateCase(s, s.cases[1]!, [repeat([warnP16(false)])])];
    expect(aggregateSuite(s, cases, 0).rules[0]).toMatchObject({ passedRuns: 1, runs: 2, passRate: 0.5, gatePassed: false });
  });

  it('fails a case whose repeat threw, keeps the error, and counts only the repeats that ran', () => {
    const s = suite();
    const result = aggregateCase(s, s.cases[0]!, [repeat([errorP14(true)]), repeat([], 'LLM_TIMEOUT: the model took too long')]);
    expect(result.errors).toEqual(['repeat 2: LLM_TIMEOUT: the model took too long']);
    expect(result.checks[0]).toMatchObject({ passedRuns: 1, runs: 1 });
    expect(result.outputs).toHaveLength(1);
    expect(result.passed).toBe(false);
    expect(result.durationMs).toBe(10);
  });

  it('treats a must-pass warn rule (rulesPass) as failing the case but gates the rule on its rate', () => {
    const s = suite({ warnPassRate: 0.5 });
    const held: RepeatCheck = { ...warnP16(false), severity: 'error' };
    const result = aggregateCase(s, s.cases[0]!, [repeat([held]), repeat([warnP16(true)])]);
    expect(result.checks[0]).toMatchObject({ severity: 'error', passedRuns: 1, runs: 2 });
    expect(result.passed).toBe(false);
    expect(aggregateSuite(s, [result], 0).rules[0]).toMatchObject({ severity: 'warn', gatePassed: true });
  });
});
