/** `bidwright eval`: its flags; the work is in run-eval.ts, imported when the command runs. */
import { join } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { CliContext } from '../context.ts';
import type { EvalOptions } from './run-eval.ts';

function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('use a whole number of 1 or more.');
  return parsed;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `eval`: runs the eval suites with gates; exits 1 when a gate fails or a baseline regresses. */
export function registerEvalCommand(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('run the eval suites (cases + rubric) with gates and write reports; exits 1 when a gate fails')
    .argument('[suite...]', 'suite names in --suites-dir, or paths to suite files (default: every suite)')
    .option('--concurrency <n>', 'case-repeats run at once', positiveInt, 4)
    .option('--repeat <n>', 'runs of each case (error rules must pass every run; warn rules need their pass rate)', positiveInt, 1)
    .option('--baseline <file>', 'fail on any case-check that passed in this baseline and fails now')
    .option('--update-baseline', 'write the run as the baseline (--baseline FILE, default evals/baselines/<engine>.json)')
    .addOption(new Option('--record', 'call the model and save its answers in --recordings').conflicts('replay'))
    .addOption(new Option('--replay', 'answer from the saved model answers in --recordings, with no network').conflicts('record'))
    .option('--recordings <dir>', 'where recorded model answers live', join('evals', 'recordings'))
    .addOption(new Option('--reporter <list>', 'console, json, junit, markdown, html (comma-separated or repeated)').argParser(collect).default([], 'console'))
    .option('--out <dir>', 'where report files go', 'reports')
    .option('--suites-dir <dir>', 'the folder of suite files', join('evals', 'suites'))
    .option('--fixtures-dir <dir>', 'libraries/ and profiles/ fixtures (default: fixtures beside the suites folder)')
    .option(
      '--calibrate',
      "measure each proposal rule's precision and recall on the labelled drafts in evals/calibration, gated on its baseline, and P14/P15 and the off-platform red flags on evals/contact-payment",
    )
    .option('--judge', 'with --calibrate: also ask the configured model to judge P01, P03, P07 and P08, and report its agreement with the labels')
    .option('--calibrate-triage', 'measure triage against the labelled shared posts (evals/labels), gated on its baseline')
    .option('--labels <file>', 'with --calibrate-triage: the labels file (default evals/labels/shared-posts.json)')
    .option('--posts <file>', 'with --calibrate-triage: the shared posts, one JSON record a line (default ../shared/data/job-posts.jsonl)')
    .action(async (names: string[], options: EvalOptions, command: Command) => {
      const { runEvalCommand } = await import('./run-eval.ts');
      await runEvalCommand(ctx, names, options, command);
    });
}
