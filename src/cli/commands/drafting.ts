import { Option, type Command } from 'commander';
import type { CliContext } from '../context.ts';
import { readInput } from '../read-input.ts';
import { type BatchOptions, batchOptions, runTriageBatch } from './triage-batch.ts';

/** Text inputs are capped here, before parsing, so a huge file is refused without being read. */
export const MAX_INPUT_BYTES = 1024 * 1024;

const FILE_HELP = 'a file, or - for standard input';

/**
 * `--accept`, repeatable: a client instruction the user accepts, by its number in the list the
 * triage shows (from 1) or by its value.
 */
export function acceptOption(): Option {
  return new Option('--accept <instruction>', 'a client instruction to follow: its number as triage lists it, or its value (repeat for more)').argParser(
    (value: string, earlier: Array<string | number> = []) => [...earlier, /^\d{1,2}$/.test(value.trim()) ? Number(value.trim()) : value],
  );
}

/**
 * `--variant N`: which wording of the draft to write. The number goes to the request as it is
 * (blank counts as not a number), so the core's schema gives the one error message for a bad value.
 */
function variantOption(): Option {
  return new Option('--variant <n>', 'which wording to write: 0 is the first draft, 1, 2, ... give others of the same substance').argParser((value: string) =>
    value.trim() === '' ? Number.NaN : Number(value),
  );
}

/**
 * `triage`, `propose`, `offer`, `audit` and `casestudy`: the commands that ask an engine for work.
 * Each imports its use case when it runs, so defining the commands (and `--help`) loads none.
 */
export function registerDraftingCommands(program: Command, ctx: CliContext): void {
  const input = (file: string | undefined, what: string) => readInput(file, ctx.deps.stdin, { what, maxBytes: MAX_INPUT_BYTES });

  const triageCommand = program
    .command('triage')
    .description('read a job post and say whether to bid, with reasons that cite its signals; --batch ranks many into a shortlist')
    .argument('[file]', `the job post as copied from the job page: ${FILE_HELP}`);
  for (const option of batchOptions()) triageCommand.addOption(option);
  triageCommand.action(async (file: string | undefined, options: BatchOptions, command: Command) => {
    if (options.batch !== undefined) return runTriageBatch(options, command, ctx);
    const text = await input(file, 'job post');
    const [session, { triage }, { triageView }] = await Promise.all([ctx.session(command), import('../../app/triage.ts'), import('../views.ts')]);
    const result = await triage(text, session);
    session.emit(result, 'triage', triageView(result));
  });

  program
    .command('propose')
    .description('draft a diagnosis-first proposal grounded in your proof, scored by the rubric')
    .argument('<file>', `the job post: ${FILE_HELP}`)
    .addOption(new Option('--tone <tone>', 'tone of voice (default: your profile tone)').choices(['plain', 'warm', 'direct', 'formal']))
    .addOption(new Option('--length <length>', 'length band').choices(['short', 'standard', 'long']).default('standard'))
    .addOption(variantOption())
    .addOption(acceptOption())
    .action(async (file: string, options: { tone?: 'plain'; length: 'standard'; variant?: number; accept?: Array<string | number> }, command: Command) => {
      const text = await input(file, 'job post');
      const [session, { propose, proposeStream }, { proposalView }] = await Promise.all([
        ctx.session(command),
        import('../../app/propose.ts'),
        import('../views.ts'),
      ]);
      const request = { jobPost: text, tone: options.tone, length: options.length, variant: options.variant, acceptedInstructions: options.accept };
      const deps = { ...session, clock: ctx.deps.clock };
      if (session.json || !ctx.deps.isTTY) {
        const result = await propose(request, deps);
        session.emit(result, 'proposal', proposalView(result));
        return;
      }
      // On a terminal the draft appears as the engine writes it.
      let shown = '';
      const rule = `${'-'.repeat(60)}\n`;
      ctx.deps.stdout.write(rule);
      for await (const event of proposeStream(request, deps)) {
        if (event.type === 'partial') {
          const next = event.draft.text ?? '';
          // A model may rewrite the start of a partial; only a growing prefix can be shown live.
          if (next.startsWith(shown) && next.length > shown.length) {
            ctx.deps.stdout.write(next.slice(shown.length));
            shown = next;
          }
          continue;
        }
        const final = event.proposal;
        const live = final.text === shown;
        ctx.deps.stdout.write(live ? `\n${rule}` : `\n${rule}The draft was revised after the rubric check; the final version:\n`);
        session.emit(final, 'proposal', proposalView(final, live));
      }
    });

  program
    .command('offer')
    .description('rewrite a task-shaped offer into an outcome-led one')
    .argument('<offer>', 'the offer text, e.g. "Write 10 blog posts" (use --file to read it from a file)')
    .option('-f, --file', 'treat the argument as a file path (or - for standard input)')
    .action(async (offer: string, options: { file?: boolean }, command: Command) => {
      const text = options.file === true ? await input(offer, 'offer') : offer;
      const [session, { rewriteOffer }, { offerView }] = await Promise.all([ctx.session(command), import('../../app/rewrite-offer.ts'), import('../views.ts')]);
      const result = await rewriteOffer({ offer: text }, session);
      session.emit(result, 'offer', offerView(result));
    });

  program
    .command('audit')
    .description('label each task you sell automatable, AI-assisted or human-critical, with a repackaging idea')
    .argument('<file>', `tasks, one a line: ${FILE_HELP}`)
    .action(async (file: string, _options, command: Command) => {
      const text = await input(file, 'task list');
      const [session, { auditTasks }, { auditView }] = await Promise.all([ctx.session(command), import('../../app/audit-tasks.ts'), import('../views.ts')]);
      const result = await auditTasks({ tasks: text }, session);
      session.emit(result, 'audit', auditView(result));
    });

  program
    .command('casestudy')
    .description('turn notes about finished work into a proof item draft')
    .argument('<file>', `your notes: ${FILE_HELP}`)
    .option('--id <id>', 'the id to give the proof item (default: from its title)')
    .action(async (file: string, options: { id?: string }, command: Command) => {
      const notes = await input(file, 'notes');
      const [session, { buildCaseStudy }, { caseStudyView }] = await Promise.all([
        ctx.session(command),
        import('../../app/build-case-study.ts'),
        import('../views.ts'),
      ]);
      const result = await buildCaseStudy({ notes, id: options.id ?? null }, session);
      session.emit(result, 'case-study', caseStudyView(result));
    });
}
