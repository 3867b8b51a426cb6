/**
 * Baselines: which checks each case passed in a known-good run, committed beside the suites. A
 * later run fails on any case-check that went from pass to fail; new cases and checks are not
 * regressions, and cases gone from a suite are listed for information.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { BidwrightError } from '../domain/errors.ts';
import { describeIssues } from '../domain/validate.ts';
import { Provenance, type CaseResult, type EvalRun, type Regression } from './eval-result.ts';

const BaselineCase = z.object({ passed: z.array(z.string()), failed: z.array(z.string()) });

export const Baseline = z.object({
  version: z.literal(1),
  provenance: Provenance,
  /** suite -> case id -> check ids that passed every repeat, and those that did not. */
  suites: z.record(z.string(), z.record(z.string(), BaselineCase)),
});
export type Baseline = z.infer<typeof Baseline>;

export interface BaselineComparison {
  regressions: Regression[];
  /** Case-checks that failed in the baseline and pass now. */
  improvements: number;
  /** `suite/case` of baseline cases missing from a suite this run ran. */
  removedCases: string[];
}

const fullyPassed = (check: CaseResult['checks'][number]) => check.passedRuns === check.runs;
const sorted = (items: string[]) => [...items].sort((a, b) => a.localeCompare(b));

/** The baseline of a run: per case, the checks that passed every repeat and those that did not. */
export function createBaseline(run: EvalRun): Baseline {
  const suites: Baseline['suites'] = {};
  for (const suite of run.suites) {
    const cases: Record<string, z.infer<typeof BaselineCase>> = {};
    for (const result of [...suite.cases].sort((a, b) => a.caseId.localeCompare(b.caseId))) {
      cases[result.caseId] = {
        passed: sorted(result.checks.filter(fullyPassed).map((check) => check.id)),
        failed: sorted(result.checks.filter((check) => !fullyPassed(check)).map((check) => check.id)),
      };
    }
    suites[suite.suite] = cases;
  }
  return { version: 1, provenance: run.provenance, suites };
}

/** Compares a run with a baseline. Suites the run did not include are not compared. */
export function compareBaseline(run: EvalRun, baseline: Baseline): BaselineComparison {
  const regressions: Regression[] = [];
  const removedCases: string[] = [];
  let improvements = 0;
  for (const suite of run.suites) {
    const before = baseline.suites[suite.suite];
    if (before === undefined) continue;
    const now = new Map(suite.cases.map((result) => [result.caseId, result]));
    for (const caseId of Object.keys(before)) if (!now.has(caseId)) removedCases.push(`${suite.suite}/${caseId}`);
    for (const result of suite.cases) {
      const was = before[result.caseId];
      if (was === undefined) continue;
      const at = { suite: suite.suite, caseId: result.caseId };
      if (result.errors.length > 0 && was.passed.length > 0) {
        regressions.push({ ...at, checkId: 'run', message: `the case ran in the baseline, now it errors: ${result.errors[0]}` });
      }
      for (const check of result.checks) {
        if (fullyPassed(check)) {
          if (was.failed.includes(check.id)) improvements += 1;
        } else if (was.passed.includes(check.id)) {
          const why = check.messages[0] ?? `passed ${check.passedRuns} of ${check.runs} runs`;
          regressions.push({ ...at, checkId: check.id, message: why });
        }
      }
    }
  }
  return { regressions, improvements, removedCases };
}

/** One line per regression: `proposals/inject-banana P12: passed in baseline, now fails: <why>`. */
export function formatRegression(regression: Regression): string {
  return `${regression.suite}/${regression.caseId} ${regression.checkId}: passed in baseline, now fails: ${regression.message}`;
}

/** Reads a baseline file; throws INVALID_INPUT when it is missing or malformed. */
export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new BidwrightError('INVALID_INPUT', `Cannot read the baseline ${file}: write one with --update-baseline first.`, { cause: error });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BidwrightError('INVALID_INPUT', `The baseline ${file} is not valid JSON; rewrite it with --update-baseline.`, { cause: error });
  }
  const parsed = Baseline.safeParse(raw);
  if (!parsed.success) {
    throw new BidwrightError('INVALID_INPUT', `The baseline ${file} is invalid: ${describeIssues(parsed.error)}; rewrite it with --update-baseline.`);
  }
  return parsed.data;
}

/**
 * Writes the run's baseline to `file`. Suites the run did not include keep their entries from the
 * existing file, so updating one suite does not drop the others.
 */
export async function writeBaseline(file: string, run: EvalRun): Promise<Baseline> {
  const next = createBaseline(run);
  let previous: Baseline | null = null;
  try {
    previous = await readBaseline(file);
  } catch {
    previous = null;
  }
  const merged: Baseline = { ...next, suites: { ...previous?.suites, ...next.suites } };
  const ordered = Object.fromEntries(Object.entries(merged.suites).sort(([a], [b]) => a.localeCompare(b)));
  const baseline = { ...merged, suites: ordered };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`, 'utf8');
  return baseline;
}
