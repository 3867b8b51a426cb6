/**
 * The eval runner: every case of every suite, `repeat` times, at most `concurrency` at once,
 * through the core with the given engine; then scored and gated. A case whose engine throws fails
 * with the error recorded; the run itself never crashes on one.
 */
import { isBidwrightError } from '../domain/errors.ts';
import type { Clock, Engine } from '../domain/ports.ts';
import { sumUsage } from '../domain/usage.ts';
import { aggregateCase, aggregateSuite, type RepeatOutcome } from './aggregate.ts';
import type { EvalCase, EvalSuite } from './eval-case.ts';
import type { EvalRun, Provenance } from './eval-result.ts';
import { runCase } from './run-case.ts';
import { runPool } from './run-pool.ts';
import { scoreCase } from './score-case.ts';

export interface RunEvalOptions {
  /** Suites with fixture names already resolved (see loadSuites). */
  suites: EvalSuite[];
  engine: Engine;
  repeat: number;
  concurrency: number;
  clock: Clock;
  /** Called after each case-repeat finishes, with `suite/case`. */
  onProgress?(done: number, total: number, caseId: string): void;
  provenance: Provenance;
}

interface Job {
  suite: EvalSuite;
  evalCase: EvalCase;
}

function describeError(error: unknown): string {
  if (isBidwrightError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function runRepeat(job: Job, engine: Engine, clock: Clock): Promise<RepeatOutcome> {
  const startedMs = clock.now().getTime();
  try {
    const run = await runCase(job.evalCase, { engine, clock });
    const checks = scoreCase(job.evalCase, run);
    return { text: run.text, result: run.output.result, checks, error: null, usage: run.usage, startedMs, endedMs: clock.now().getTime() };
  } catch (error) {
    return { text: null, result: null, checks: [], error: describeError(error), usage: null, startedMs, endedMs: clock.now().getTime() };
  }
}

/** Runs the suites and returns the scored, gated run (`baseline` is null; compare separately). */
export async function runEval(options: RunEvalOptions): Promise<EvalRun> {
  const { engine, clock } = options;
  const repeat = Math.max(1, Math.floor(options.repeat));
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const started = clock.now();
  const jobs: Job[] = options.suites.flatMap((suite) => suite.cases.flatMap((evalCase) => Array.from({ length: repeat }, () => ({ suite, evalCase }))));
  let done = 0;
  const outcomes = await runPool(jobs, concurrency, async (job) => {
    const outcome = await runRepeat(job, engine, clock);
    done += 1;
    options.onProgress?.(done, jobs.length, `${job.suite.suite}/${job.evalCase.id}`);
    return outcome;
  });
  let index = 0;
  const suites = options.suites.map((suite) => {
    const repeatsBySuite: RepeatOutcome[] = [];
    const cases = suite.cases.map((evalCase) => {
      const repeats = outcomes.slice(index, index + repeat);
      index += repeat;
      repeatsBySuite.push(...repeats);
      return aggregateCase(suite, evalCase, repeats);
    });
    const span = repeatsBySuite.length === 0 ? 0 : Math.max(...repeatsBySuite.map((r) => r.endedMs)) - Math.min(...repeatsBySuite.map((r) => r.startedMs));
    return aggregateSuite(suite, cases, span);
  });
  return {
    startedAt: started.toISOString(),
    durationMs: clock.now().getTime() - started.getTime(),
    repeat,
    concurrency,
    provenance: options.provenance,
    suites,
    baseline: null,
    usage: sumUsage(...suites.flatMap((suite) => suite.cases.map((result) => result.usage))),
    passed: suites.every((suite) => suite.passed),
  };
}
