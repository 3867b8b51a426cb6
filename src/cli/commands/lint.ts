import type { Command } from 'commander';
import { BidwrightError } from '../../domain/errors.ts';
import type { CliContext } from '../context.ts';
import { readInput } from '../read-input.ts';
import { MAX_INPUT_BYTES, acceptOption } from './drafting.ts';

/** `lint`: checks any draft against the rubric; exits 1 when an error-severity rule fails. */
export function registerLintCommand(program: Command, ctx: CliContext): void {
  program
    .command('lint')
    .description("check a draft (yours or a model's) against the rubric; exits 1 on any error-severity finding")
    .argument('<file>', 'the draft: a file, or - for standard input')
    .option('--job <file>', 'the job post the draft answers, for the rules that need it')
    .option('--cite <ids>', 'proof ids the draft relies on, comma-separated', (value: string) =>
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .addOption(acceptOption())
    .option('--draft <id>', 'check it as an edit of this kept draft (its post applies, its versions are not counted as reuse) and keep it as its next version')
    .action(async (file: string, options: { job?: string; cite?: string[]; accept?: Array<string | number>; draft?: string }, command: Command) => {
      const read = (path: string, what: string) => readInput(path, ctx.deps.stdin, { what, maxBytes: MAX_INPUT_BYTES });
      if (file === '-' && options.job === '-') {
        throw new BidwrightError('INVALID_INPUT', 'Only one of the draft and --job can come from standard input.');
      }
      const text = await read(file, 'draft');
      const jobPost = options.job === undefined ? undefined : await read(options.job, 'job post');
      // Loaded here, not at start-up, so other commands and --help never load the rubric.
      const [session, { lint }, { lintView }] = await Promise.all([ctx.storeSession(command), import('../../app/lint.ts'), import('../lint-view.ts')]);
      const result = await lint(
        { text, jobPost, citations: options.cite, acceptedInstructions: options.accept, draftId: options.draft },
        // The ranker is loaded only if the draft answers a post.
        { store: session.store, ranker: () => ctx.ranker(), clock: ctx.deps.clock },
      );
      session.emit(result, 'lint', lintView(result));
      if (result.errors > 0) ctx.exitCode = 1;
    });
}
