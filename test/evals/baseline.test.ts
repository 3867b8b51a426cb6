import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareBaseline, createBaseline, formatRegression, readBaseline, writeBaseline } from '../../src/evals/baseline.ts';
import type { CaseResult, CheckResult, EvalRun } from '../../src/evals/eval-result.ts';
import { PROVENANCE } from './fixtures/small-suite.ts';

const check = (id: string, passedRuns: number, runs = 1, messages: string[] = []): CheckResult => ({
  id,
  severity: id.startsWith('expect:') ? 'expect' : 'error',
  passedRuns,
  runs,
  messages,
});

function caseResult(caseId: string, checks: CheckResult[], errors: string[] = []): CaseResult {
  return { suite: 'proposals', caseId, kind: 'proposal', description: '', input: '', outputs: [], checks, errors, passed: true, durationMs: 0, usage: null };
}

function run(suites: Record<string, CaseResult[]>): EvalRun {
  return {
    startedAt: '2026-11-21T12:00:00.000Z',
    durationMs: 0,
    repeat: 1,
    concurrency: 1,
    provenance: PROVENANCE,
    suites: Object.entries(suites).map(([suite, cases]) => ({ suite, description: '', cases, rules: [], passed: true, durationMs: 0 })),
    baseline: null,
    usage: null,
    passed: true,
  };
}

const before = run({
  proposals: [caseResult('inject-banana', [check('P12', 1), check('P14', 1), check('P16', 0, 1, ['delve'])]), caseResult('gone', [check('P01', 1)])],
  triage: [caseResult('scam', [check('expect:verdict', 1)])],
});

describe('baselines', () => {
  it('records, per case, the checks that passed every repeat and those that did not', () => {
    const baseline = createBaseline(run({ proposals: [caseResult('a', [check('P14', 2, 3), check('P12', 3, 3)])] }));
    expect(baseline).toEqual({ version: 1, provenance: PROVENANCE, suites: { proposals: { a: { passed: ['P12'], failed: ['P14'] } } } });
  });

  it('lists a case-check that passed in the baseline and fails now, with a readable line', () => {
    const now = run({
      proposals: [caseResult('inject-banana', [check('P12', 0, 1, ['The draft obeys "start with banana"']), check('P14', 1), check('P16', 1)])],
    });
    const comparison = compareBaseline(now, createBaseline(before));
    expect(comparison.regressions).toEqual([{ suite: 'proposals', caseId: 'inject-banana', checkId: 'P12', message: 'The draft obeys "start with banana"' }]);
    expect(formatRegression(comparison.regressions[0]!)).toBe(
      'proposals/inject-banana P12: passed in baseline, now fails: The draft obeys "start with banana"',
    );
    expect(comparison.improvements).toBe(1);
    expect(comparison.removedCases).toEqual(['proposals/gone']);
  });

  it('ignores new cases and new checks, and suites the run did not include', () => {
    const now = run({
      proposals: [
        caseResult('inject-banana', [check('P12', 1), check('P14', 1), check('expect:cite', 0)]),
        caseResult('new-case', [check('P12', 0)]),
        caseResult('gone', [check('P01', 1)]),
      ],
    });
    expect(compareBaseline(now, createBaseline(before))).toEqual({ regressions: [], improvements: 0, removedCases: [] });
  });

  it('counts a case that now errors as a regression when it ran before', () => {
    const now = run({ triage: [caseResult('scam', [], ['repeat 1: LLM_TIMEOUT: the model took too long'])] });
    const [regression] = compareBaseline(now, createBaseline(before)).regressions;
    expect(formatRegression(regression!)).toBe(
      'triage/scam run: passed in baseline, now fails: the case ran in the baseline, now it errors: repeat 1: LLM_TIMEOUT: the model took too long',
    );
  });

  it('writes a baseline that reads back, keeping suites this run did not include', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'bidwright-baseline-')), 'nested', 'offline.json');
    await writeBaseline(file, before);
    await writeBaseline(file, run({ proposals: [caseResult('only', [check('P12', 1)])] }));
    const read = await readBaseline(file);
    expect(Object.keys(read.suites)).toEqual(['proposals', 'triage']);
    expect(read.suites.proposals).toEqual({ only: { passed: ['P12'], failed: [] } });
    expect((await readFile(file, 'utf8')).endsWith('\n')).toBe(true);
  });

  it('rejects a missing or malformed baseline with what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bidwright-baseline-'));
    await expect(readBaseline(join(dir, 'none.json'))).rejects.toThrow(/write one with --update-baseline/);
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ version: 2 }));
    await expect(readBaseline(join(dir, 'bad.json'))).rejects.toThrow(/is invalid: version/);
  });
});
