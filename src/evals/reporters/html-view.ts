/**
 * The view model of the HTML report: every field the template reads, precomputed, so the template
 * holds no logic beyond loops and conditions and compiles in strict mode.
 */
import type { CaseResult, EvalRun, SuiteResult } from '../eval-result.ts';
import { dollars, failedChecks, failedFirst, percent, provenanceLine, ruleRate, runTotals, seconds } from './summary.ts';

interface FindingView {
  ruleId: string;
  severity: string;
  message: string;
}

/** The findings a result carries, when it has a `findings` list of rubric findings. */
function findingsOf(result: unknown): FindingView[] {
  if (typeof result !== 'object' || result === null || !('findings' in result)) return [];
  const list = (result as { findings: unknown }).findings;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { ruleId, severity, message } = item as Record<string, unknown>;
    return typeof ruleId === 'string' && typeof message === 'string' ? [{ ruleId, severity: typeof severity === 'string' ? severity : 'warn', message }] : [];
  });
}

function caseView(result: CaseResult) {
  const failures = failedChecks(result);
  return {
    id: result.caseId,
    kind: result.kind,
    description: result.description,
    passed: result.passed,
    status: result.passed ? 'PASS' : 'FAIL',
    duration: seconds(result.durationMs),
    input: result.input,
    outputs: result.outputs.map((output, index) => ({
      label: result.outputs.length > 1 ? `Output, run ${index + 1}` : 'Output',
      text: output.text,
      findings: findingsOf(output.result),
    })),
    hasOutputs: result.outputs.length > 0,
    failures: failures.map((check) => ({
      id: check.id,
      rate: `${check.passedRuns}/${check.runs}`,
      messages: check.messages.length > 0 ? check.messages : [check.message],
    })),
    checks: result.checks.map((check) => ({
      id: check.id,
      severity: check.severity,
      rate: `${check.passedRuns}/${check.runs}`,
      ok: check.passedRuns === check.runs,
    })),
  };
}

function suiteView(suite: SuiteResult) {
  const passed = suite.cases.filter((result) => result.passed).length;
  return {
    name: suite.suite,
    description: suite.description,
    passed: suite.passed,
    status: suite.passed ? 'PASS' : 'FAIL',
    counts: `${passed}/${suite.cases.length} cases passed, ${seconds(suite.durationMs)}`,
    rules: suite.rules.map((rule) => ({
      id: rule.id,
      severity: rule.severity,
      rate: ruleRate(rule),
      threshold: percent(rule.threshold),
      ok: rule.gatePassed,
    })),
    hasRules: suite.rules.length > 0,
    cases: failedFirst(suite.cases).map(caseView),
  };
}

/** Everything `templates/eval-report.hbs` shows. */
export function htmlView(run: EvalRun) {
  const totals = runTotals(run);
  return {
    title: `bidwright eval: ${run.passed ? 'passed' : 'failed'}`,
    passed: run.passed,
    status: run.passed ? 'PASSED' : 'FAILED',
    startedAt: run.startedAt,
    cases: `${totals.passed}/${totals.cases}`,
    failedCases: totals.failed,
    duration: seconds(run.durationMs),
    tokens: `${totals.inputTokens} in / ${totals.outputTokens} out`,
    cost: dollars(totals.costUsd),
    repeat: run.repeat,
    provenance: provenanceLine(run),
    baseline:
      run.baseline === null
        ? null
        : {
            file: run.baseline.file,
            improvements: run.baseline.improvements,
            count: run.baseline.regressions.length,
            regressions: run.baseline.regressions,
          },
    suites: run.suites.map(suiteView),
  };
}
