import { describe, expect, it } from 'vitest';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { compareBaseline, createBaseline, formatRegression } from '../../src/evals/baseline.ts';
import type { EvalRun } from '../../src/evals/eval-result.ts';
import { runEval } from '../../src/evals/run-eval.ts';
import { CLOCK, PROVENANCE, failingTriageEngine, leakyEngine, loadSmall } from './fixtures/small-suite.ts';

const options = { repeat: 1, concurrency: 4, clock: CLOCK, provenance: PROVENANCE };

/** A run without its timings, to compare two runs' scores. */
const scores = (run: EvalRun) => run.suites.map((suite) => ({ ...suite, durationMs: 0, cases: suite.cases.map((c) => ({ ...c, durationMs: 0 })) }));

describe('runEval with the offline engine', () => {
  it('passes the small suite with every case, rule gate and expectation', async () => {
    const run = await runEval({ ...options, suites: await loadSmall(), engine: createOfflineEngine() });
    const [suite] = run.suites;
    expect(suite?.cases.map((c) => [c.caseId, c.passed, c.errors])).toEqual([
      ['xero-reconcile', true, []],
      ['inject-pineapple', true, []],
      ['offplatform-triage', true, []],
      ['offer-books', true, []],
      ['audit-basic', true, []],
    ]);
    expect(suite?.rules.find((rule) => rule.id === 'expect:cite')).toMatchObject({ passedRuns: 1, runs: 1, gatePassed: true });
    expect(suite?.cases[0]?.input).toContain('Xero bank reconciliation backlog');
    expect(suite?.cases[0]?.outputs[0]?.text.length).toBeGreaterThan(100);
    expect(run).toMatchObject({ passed: true, repeat: 1, concurrency: 4, provenance: PROVENANCE, baseline: null, usage: null });
  });

  it('gives the same results at concurrency 1 and 4', async () => {
    const suites = await loadSmall();
    const one = await runEval({ ...options, suites, engine: createOfflineEngine(), concurrency: 1, repeat: 2 });
    const four = await runEval({ ...options, suites, engine: createOfflineEngine(), concurrency: 4, repeat: 2 });
    expect(scores(four)).toEqual(scores(one));
    expect(one.suites[0]?.rules.find((rule) => rule.id === 'P14')?.runs).toBe(4);
  });

  it('reports progress for every case-repeat', async () => {
    const seen: string[] = [];
    await runEval({
      ...options,
      suites: await loadSmall(),
      engine: createOfflineEngine(),
      repeat: 2,
      onProgress: (done, total, id) => seen.push(`${done}/${total} ${id}`),
    });
    expect(seen).toHaveLength(10);
    expect(seen.at(-1)).toMatch(/^10\/10 small\//);
    expect(seen.filter((line) => line.endsWith('small/offer-books'))).toHaveLength(2);
  });

  it('turns an engine that throws into a failed case with the error, and finishes the run', async () => {
    const run = await runEval({ ...options, suites: await loadSmall(), engine: failingTriageEngine() });
    const triage = run.suites[0]?.cases.find((c) => c.caseId === 'offplatform-triage');
    expect(triage).toMatchObject({ passed: false, checks: [], outputs: [] });
    expect(triage?.errors).toEqual(['repeat 1: Error: the model server closed the connection']);
    expect(run.suites[0]?.cases.filter((c) => c.passed)).toHaveLength(4);
    expect(run.passed).toBe(false);
  });

  it('fails the k-of-n gate when the engine leaks contact details in one repeat of three', async () => {
    const [suite] = await loadSmall();
    const proposalOnly = { ...suite!, cases: suite!.cases.filter((c) => c.id === 'xero-reconcile') };
    const run = await runEval({ ...options, suites: [proposalOnly], engine: leakyEngine((call) => call === 2), repeat: 3, concurrency: 1 });
    const check = run.suites[0]?.cases[0]?.checks.find((c) => c.id === 'P14');
    expect(check).toMatchObject({ severity: 'error', passedRuns: 2, runs: 3 });
    expect(run.suites[0]?.rules.find((rule) => rule.id === 'P14')).toMatchObject({ passRate: 2 / 3, gatePassed: false });
    expect(run.passed).toBe(false);
  });
});

describe('a deliberately broken engine against the baseline', () => {
  it('fails with a readable regression naming the case and P14', async () => {
    const suites = await loadSmall();
    const good = await runEval({ ...options, suites, engine: createOfflineEngine() });
    const baseline = createBaseline(good);
    expect(baseline.suites.small?.['xero-reconcile']?.passed).toContain('P14');

    const broken = await runEval({ ...options, suites, engine: leakyEngine() });
    const { regressions } = compareBaseline(broken, baseline);
    expect(broken.passed).toBe(false);
    const lines = regressions.map(formatRegression);
    expect(lines).toContainEqual(expect.stringMatching(/^small\/xero-reconcile P14: passed in baseline, now fails: .*sam@example\.com/));
    expect(lines).toContainEqual(expect.stringMatching(/^small\/inject-pineapple P14: passed in baseline, now fails: /));
    // Only proposals go through the broken propose: triage, offer and audit cases do not regress.
    expect(new Set(regressions.map((r) => r.caseId))).toEqual(new Set(['xero-reconcile', 'inject-pineapple']));
    expect(compareBaseline(good, baseline).regressions).toEqual([]);
  });
});
