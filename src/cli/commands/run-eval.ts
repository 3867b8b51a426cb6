/**
 * What `bidwright eval` does once its flags are parsed: loads the suites, runs them through the
 * chosen engine (live, recording or replaying), applies the gates and the baseline, and writes the
 * reports. eval.ts imports it when the command runs, so no other command loads the eval harness.
 */
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import type { EngineName } from '../../config.ts';
import type { OpenAIConfig } from '../../domain/model-settings.ts';
import { BidwrightError } from '../../domain/errors.ts';
import type { Engine } from '../../domain/ports.ts';
import { createOpenAIEngine, PROMPTS_DIR } from '../../engines/openai/index.ts';
import { compareBaseline, formatRegression, readBaseline, writeBaseline } from '../../evals/baseline.ts';
import type { EvalRun, Provenance } from '../../evals/eval-result.ts';
import { formatCalibration, loadCalibrationSet, runCalibration } from '../../evals/calibration/index.ts';
import { formatContactGate, runContactGate } from '../../evals/contact-payment/contact-gate.ts';
import { createConfiguredJudge, formatJudgeCalibration, judgeCalibration } from '../../evals/judge/index.ts';
import { loadSuites } from '../../evals/load-suites.ts';
import { createProgressBar } from '../../render/progress-bar.ts';
import { createProvenance } from '../../evals/provenance.ts';
import { parseReporters, writeReports } from '../../evals/reporters/index.ts';
import { runEval } from '../../evals/run-eval.ts';
import { createPromptLibrary } from '../../prompts/create-prompt-library.ts';
import type { CliContext, GlobalOptions } from '../context.ts';
import { calibrateTriage } from './triage-calibration.ts';

export interface EvalOptions {
  concurrency: number;
  repeat: number;
  baseline?: string;
  updateBaseline?: boolean;
  record?: boolean;
  replay?: boolean;
  recordings: string;
  reporter: string[];
  out: string;
  suitesDir: string;
  fixturesDir?: string;
  calibrate?: boolean;
  judge?: boolean;
  calibrateTriage?: boolean;
  labels?: string;
  posts?: string;
}

/** Replay never touches the network, but the provider still wants a key or a base URL. */
const REPLAY_BASE_URL = 'http://replay.invalid/v1';

interface ChosenEngine {
  engine: Engine;
  name: EngineName;
  recording: Provenance['recording'];
}

async function chooseEngine(ctx: CliContext, options: EvalOptions, requested: EngineName | undefined): Promise<ChosenEngine> {
  const mode = options.record === true ? 'record' : options.replay === true ? 'replay' : null;
  if (mode === null) {
    const name = requested ?? ctx.config.engine;
    return { engine: await ctx.deps.createEngine(name, ctx.config), name, recording: 'live' };
  }
  if (requested === 'offline') {
    throw new BidwrightError('INVALID_INPUT', `--${mode} records or replays model answers, so it needs --engine openai (or no --engine).`);
  }
  let config: OpenAIConfig = ctx.config.openai;
  if (mode === 'replay' && config.apiKey === undefined && config.baseURL === undefined) config = { ...config, baseURL: REPLAY_BASE_URL };
  return { engine: createOpenAIEngine({ config, recording: { mode, dir: options.recordings } }), name: 'openai', recording: mode };
}

/** Compares with or updates the baseline as asked; returns the run with its baseline verdict. */
async function applyBaseline(ctx: CliContext, run: EvalRun, options: EvalOptions, engine: EngineName): Promise<EvalRun> {
  if (options.updateBaseline === true) {
    const file = options.baseline ?? join('evals', 'baselines', `${engine}.json`);
    await writeBaseline(file, run);
    ctx.deps.stderr.write(`bidwright: baseline written to ${file}\n`);
    return run;
  }
  if (options.baseline === undefined) return run;
  const comparison = compareBaseline(run, await readBaseline(options.baseline));
  const out = ctx.deps.stderr;
  if (comparison.regressions.length > 0) {
    out.write(`bidwright: ${comparison.regressions.length} regression(s) against ${options.baseline}:\n`);
    for (const regression of comparison.regressions) out.write(`  ${formatRegression(regression)}\n`);
  }
  if (comparison.removedCases.length > 0) out.write(`bidwright: cases in the baseline but not in the suites (info): ${comparison.removedCases.join(', ')}\n`);
  const baseline = { file: options.baseline, regressions: comparison.regressions, improvements: comparison.improvements };
  return { ...run, baseline, passed: run.passed && comparison.regressions.length === 0 };
}

/** One stderr line saying what failed, for runs whose reports all went to files. */
function failureLine(run: EvalRun): string {
  const cases = run.suites.flatMap((suite) => suite.cases);
  const failedCases = cases.filter((result) => !result.passed).length;
  const gates = run.suites.flatMap((suite) => suite.rules.filter((rule) => !rule.gatePassed).map((rule) => `${suite.suite} ${rule.id}`));
  const regressions = run.baseline?.regressions.length ?? 0;
  const parts = [`${failedCases} of ${cases.length} cases failed`];
  if (gates.length > 0) parts.push(`gates failed: ${gates.join(', ')}`);
  if (regressions > 0) parts.push(`${regressions} baseline regression(s)`);
  return `bidwright: eval failed: ${parts.join('; ')}\n`;
}

/** Runs `eval` with its parsed arguments; sets the exit code when a gate fails. */
export async function runEvalCommand(ctx: CliContext, names: string[], options: EvalOptions, command: Command): Promise<void> {
  if (options.calibrateTriage === true) {
    const globals = command.optsWithGlobals<GlobalOptions>();
    await calibrateTriage(ctx, await ctx.deps.createEngine(globals.engine ?? 'offline', ctx.config), options);
    return;
  }
  if (options.calibrate === true) {
    const judge = options.judge === true ? createConfiguredJudge(ctx.config.openai) : null;
    if (options.judge === true && judge === null) {
      ctx.deps.stderr.write('bidwright: --judge needs a model: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible server).\n');
      ctx.exitCode = 2;
      return;
    }
    const outcome = await runCalibration({ updateBaseline: options.updateBaseline === true });
    ctx.deps.stdout.write(`${formatCalibration(outcome.report, outcome.drops)}\n`);
    if (outcome.baselineWritten) ctx.deps.stderr.write(`bidwright: calibration baseline written to ${outcome.baselineFile}\n`);
    const contact = await runContactGate();
    ctx.deps.stdout.write(formatContactGate(contact));
    if (judge !== null) {
      const judged = await judgeCalibration(await loadCalibrationSet(), judge, { concurrency: options.concurrency });
      ctx.deps.stdout.write(`${formatJudgeCalibration(judged, outcome.report)}\n`);
    }
    if (!outcome.passed || !contact.passed) ctx.exitCode = 1;
    return;
  }
  const reporters = options.reporter.length === 0 ? ['console'] : options.reporter;
  parseReporters(reporters);
  const globals = command.optsWithGlobals<GlobalOptions>();
  const suites = await loadSuites({
    suitesDir: options.suitesDir,
    fixturesDir: options.fixturesDir ?? join(dirname(options.suitesDir), 'fixtures'),
    names,
  });
  const chosen = await chooseEngine(ctx, options, globals.engine);
  const provenance = createProvenance({ engine: chosen.engine, prompts: createPromptLibrary({ dir: PROMPTS_DIR }), recording: chosen.recording });
  const bar = (ctx.deps.stderrIsTTY ?? ctx.deps.isTTY) ? createProgressBar(ctx.progress) : null;
  const evaluated = await runEval({
    suites,
    engine: chosen.engine,
    repeat: options.repeat,
    concurrency: options.concurrency,
    clock: ctx.deps.clock,
    provenance,
    ...(bar === null ? {} : { onProgress: (done: number, total: number, id: string) => bar.update(done, total, id) }),
  });
  bar?.finish();
  const run = await applyBaseline(ctx, evaluated, options, chosen.name);
  const written = await writeReports(run, { reporters, outDir: options.out, stdout: ctx.deps.stdout, color: ctx.color });
  if (written.length > 0) ctx.deps.stderr.write(`bidwright: reports written: ${written.join(', ')}\n`);
  if (!run.passed) {
    if (!parseReporters(reporters).includes('console')) ctx.deps.stderr.write(failureLine(run));
    ctx.exitCode = 1;
  }
}
