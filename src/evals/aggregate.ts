/**
 * Folds repeats into results: per case, each check's passed runs out of its runs; per suite, each
 * rule's pass rate against its gate (k-of-n with k = n for error rules and expectations, the
 * suite's or the rule's threshold for warn rules).
 */
import { sumUsage } from '../domain/usage.ts';
import type { Usage } from '../domain/schemas.ts';
import { getRule } from '../rubric/registry.ts';
import type { RepeatCheck } from './check-expectations.ts';
import type { EvalCase, EvalSuite } from './eval-case.ts';
import type { CaseResult, CheckResult, RuleStat, SuiteResult } from './eval-result.ts';
import { inputText } from './output-text.ts';

/** One repeat of one case as it ran: its checks and output, or the error it threw. */
export interface RepeatOutcome {
  text: string | null;
  result: unknown;
  checks: RepeatCheck[];
  error: string | null;
  usage: Usage | null;
  startedMs: number;
  endedMs: number;
}

const mustPass = (check: Pick<CheckResult, 'severity'>) => check.severity !== 'warn';

/** Merges one check id across repeats; a repeat that threw has no checks and is not counted here. */
function mergeChecks(repeats: RepeatOutcome[]): CheckResult[] {
  const merged = new Map<string, CheckResult>();
  for (const repeat of repeats) {
    for (const check of repeat.checks) {
      const entry = merged.get(check.id) ?? { id: check.id, severity: check.severity, passedRuns: 0, runs: 0, messages: [] };
      entry.runs += 1;
      if (check.passed) entry.passedRuns += 1;
      // Held to must-pass in any repeat means must-pass for the case.
      if (check.severity === 'error') entry.severity = 'error';
      for (const message of check.messages) if (!entry.messages.includes(message)) entry.messages.push(message);
      merged.set(check.id, entry);
    }
  }
  return [...merged.values()];
}

/** The result of one case from its repeats (in repeat order). */
export function aggregateCase(suite: EvalSuite, evalCase: EvalCase, repeats: RepeatOutcome[]): CaseResult {
  const checks = mergeChecks(repeats);
  const errors = repeats.flatMap((repeat, index) => (repeat.error === null ? [] : [`repeat ${index + 1}: ${repeat.error}`]));
  const passed = errors.length === 0 && checks.every((check) => !mustPass(check) || check.passedRuns === check.runs);
  return {
    suite: suite.suite,
    caseId: evalCase.id,
    kind: evalCase.kind,
    description: evalCase.description,
    input: inputText(evalCase.input),
    outputs: repeats.filter((repeat) => repeat.error === null).map((repeat) => ({ text: repeat.text ?? '', result: repeat.result })),
    checks,
    errors,
    passed,
    durationMs: repeats.reduce((total, repeat) => total + (repeat.endedMs - repeat.startedMs), 0),
    usage: sumUsage(...repeats.map((repeat) => repeat.usage)),
  };
}

function statSeverity(id: string): RuleStat['severity'] {
  if (id.startsWith('expect:')) return 'expect';
  return getRule(id)?.severity ?? 'error';
}

/** Per-rule (and per-expectation) pass rates over every case-repeat of a suite, each against its gate. */
function ruleStats(suite: EvalSuite, cases: CaseResult[]): RuleStat[] {
  const stats = new Map<string, { passedRuns: number; runs: number }>();
  for (const result of cases) {
    for (const check of result.checks) {
      const entry = stats.get(check.id) ?? { passedRuns: 0, runs: 0 };
      entry.passedRuns += check.passedRuns;
      entry.runs += check.runs;
      stats.set(check.id, entry);
    }
  }
  const order = (id: string) => (id.startsWith('expect:') ? `1${id}` : `0${id}`);
  return [...stats.entries()]
    .sort(([a], [b]) => order(a).localeCompare(order(b)))
    .map(([id, { passedRuns, runs }]) => {
      const severity = statSeverity(id);
      const threshold = severity === 'warn' ? (suite.thresholds.rules[id] ?? suite.thresholds.warnPassRate) : 1;
      const passRate = runs === 0 ? 1 : passedRuns / runs;
      return { id, severity, passedRuns, runs, passRate, threshold, gatePassed: passRate + 1e-9 >= threshold };
    });
}

/** A suite's result: its cases, its rule gates, and whether all of them passed. */
export function aggregateSuite(suite: EvalSuite, cases: CaseResult[], durationMs: number): SuiteResult {
  const rules = ruleStats(suite, cases);
  const passed = cases.every((result) => result.passed) && rules.every((rule) => rule.gatePassed);
  return { suite: suite.suite, description: suite.description, cases, rules, passed, durationMs };
}
