/** `bidwright eval --calibrate-triage`: triage agreement with the labelled shared posts, gated on its baseline. */
import { join } from 'node:path';
import type { Engine } from '../../domain/ports.ts';
import { dataPath } from '../../evals/shared-posts.ts';
import { formatTriageCalibration } from '../../evals/triage-agreement/format-triage-calibration.ts';
import { runTriageCalibration } from '../../evals/triage-agreement/run-triage-calibration.ts';
import type { CliContext } from '../context.ts';

export interface TriageCalibrationOptions {
  labels?: string;
  posts?: string;
  fixturesDir?: string;
  updateBaseline?: boolean;
  baseline?: string;
}

/** Runs the measurement, prints it, and sets exit code 1 when a figure fell below the baseline. */
export async function calibrateTriage(ctx: CliContext, engine: Engine, options: TriageCalibrationOptions): Promise<void> {
  const labelsFile = options.labels ?? join('evals', 'labels', 'shared-posts.json');
  const baselineFile = options.baseline ?? join('evals', 'labels', 'triage-baseline.json');
  const outcome = await runTriageCalibration({
    labelsFile,
    postsFile: options.posts ?? dataPath,
    fixturesDir: options.fixturesDir ?? join('evals', 'fixtures'),
    baselineFile,
    updateBaseline: options.updateBaseline === true,
    engine,
    ranker: await ctx.ranker(),
  });
  ctx.deps.stdout.write(`${formatTriageCalibration(outcome.agreement, outcome.figures, outcome.drops)}\n`);
  if (outcome.baselineWritten) ctx.deps.stderr.write(`bidwright: triage baseline written to ${baselineFile}\n`);
  if (!outcome.passed) ctx.exitCode = 1;
}
