/**
 * Figures every reporter shows the same way: case counts, pass rates, usage and the failures of
 * a case, so the console, Markdown, JUnit and HTML reports never disagree about a run.
 */
import type { CaseResult, CheckResult, EvalRun, RuleStat } from '../eval-result.ts';

/** A case's checks that did not pass every run, each with its first message. */
export interface FailedCheck {
  id: string;
  severity: CheckResult['severity'];
  passedRuns: number;
  runs: number;
  message: string;
  messages: string[];
}

/** Totals over a whole run. */
export interface RunTotals {
  cases: number;
  passed: number;
  failed: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number | null;
}

/** The checks of a case that failed at least one run; errors from the engine come first as `error`. */
export function failedChecks(result: CaseResult): FailedCheck[] {
  const errors: FailedCheck[] = result.errors.map((message) => ({
    id: 'error',
    severity: 'error',
    passedRuns: 0,
    runs: 1,
    message,
    messages: [message],
  }));
  const checks = result.checks
    .filter((check) => check.passedRuns < check.runs)
    .map((check) => ({
      id: check.id,
      severity: check.severity,
      passedRuns: check.passedRuns,
      runs: check.runs,
      message: check.messages[0] ?? `${check.id} failed ${check.runs - check.passedRuns} of ${check.runs} runs`,
      messages: check.messages,
    }));
  return [...errors, ...checks];
}

/** Cases passed and failed, and tokens and cost summed over every case. */
export function runTotals(run: EvalRun): RunTotals {
  const cases = run.suites.flatMap((suite) => suite.cases);
  const passed = cases.filter((result) => result.passed).length;
  const usages = run.usage !== null ? [run.usage] : cases.flatMap((result) => (result.usage === null ? [] : [result.usage]));
  const priced = usages.filter((usage) => usage.costUsd !== null);
  return {
    cases: cases.length,
    passed,
    failed: cases.length - passed,
    inputTokens: usages.reduce((sum, usage) => sum + usage.inputTokens, 0),
    outputTokens: usages.reduce((sum, usage) => sum + usage.outputTokens, 0),
    costUsd: priced.length === 0 ? null : priced.reduce((sum, usage) => sum + (usage.costUsd ?? 0), 0),
  };
}

/** A rate as a whole percentage, "87%"; a rule with no runs shows "n/a". */
export function percent(value: number, runs = 1): string {
  return runs === 0 ? 'n/a' : `${Math.round(value * 100)}%`;
}

/** Milliseconds as seconds for people, "1.25s". */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`;
}

/** Dollars, or "n/a" when no call had a price. */
export function dollars(cost: number | null): string {
  return cost === null ? 'n/a' : `$${cost.toFixed(4)}`;
}

/** The provenance as one line: engine, model, recording mode and the three version hashes. */
export function provenanceLine(run: EvalRun): string {
  const p = run.provenance;
  return `engine ${p.engine}, model ${p.model ?? 'none'}, ${p.recording}; prompts ${p.promptHash}, schemas ${p.schemaVersion}, rubric ${p.rubricVersion}`;
}

/** The pass rate cell of a rule stat: "9/10 (90%)". */
export function ruleRate(rule: RuleStat): string {
  return `${rule.passedRuns}/${rule.runs} (${percent(rule.passRate, rule.runs)})`;
}

/** Cases in report order: failed first, then by suite order as run. */
export function failedFirst(cases: readonly CaseResult[]): CaseResult[] {
  return [...cases.filter((result) => !result.passed), ...cases.filter((result) => result.passed)];
}
