import { type Command, Option } from 'commander';
import { BidwrightError } from '../../domain/errors.ts';
import type { CliContext } from '../context.ts';
import { writeOutput } from '../write-output.ts';

/** The use cases and views, imported when a command runs so that `--help` loads none of them. */
async function useCases() {
  const [list, show, exported, views] = await Promise.all([
    import('../../app/list-drafts.ts'),
    import('../../app/show-draft.ts'),
    import('../../app/export-drafts.ts'),
    import('../draft-views.ts'),
  ]);
  return { ...list, ...show, ...exported, ...views };
}

const wholeNumber = (value: string) => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new BidwrightError('INVALID_INPUT', `--limit takes a whole number, e.g. --limit 20 (not "${value}")`);
  return parsed;
};

interface RangeOptions {
  search?: string;
  since?: string;
  until?: string;
}

/** `drafts list|show|export`: the drafts bidwright kept from propose and lint. */
export function registerDraftsCommands(program: Command, ctx: CliContext): void {
  const drafts = program.command('drafts').description('the drafts bidwright kept: list, open and export them');
  const range = (command: Command) =>
    command
      .option('--search <text>', 'only drafts whose post title, deliverable or text holds this')
      .option('--since <time>', 'only drafts kept at or after this date or ISO time, e.g. 2026-12-01')
      .option('--until <time>', 'only drafts kept before this date or ISO time');

  range(drafts.command('list').description('list kept drafts, newest first, a page at a time'))
    .option('--limit <n>', 'how many to show (1 to 100)', wholeNumber, 20)
    .option('--after <cursor>', 'the page after the one that printed this cursor')
    .action(async (options: RangeOptions & { limit: number; after?: string }, command: Command) => {
      const [session, { listDrafts, draftListView }] = await Promise.all([ctx.storeSession(command), useCases()]);
      const page = await listDrafts(options, session.store);
      session.emit(page, 'drafts-list', draftListView(page, options.search !== undefined));
    });

  drafts
    .command('show')
    .description('one kept draft: its text, findings, settings and versions')
    .argument('<id>', 'the draft id, as drafts list prints it')
    .action(async (id: string, _options, command: Command) => {
      const [session, { showDraft, draftView }] = await Promise.all([ctx.storeSession(command), useCases()]);
      const detail = await showDraft(id, session.store);
      session.emit(detail, 'draft', draftView(detail));
    });

  range(drafts.command('export').description('write every kept draft (or those the filters pick) as CSV or JSON'))
    .addOption(new Option('--format <format>', 'csv (one row a draft) or json (the full records)').choices(['csv', 'json']).makeOptionMandatory())
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (options: RangeOptions & { format: 'csv' | 'json'; out?: string }, command: Command) => {
      const [session, { exportDrafts }] = await Promise.all([ctx.storeSession(command), useCases()]);
      const { out, ...request } = options;
      const result = await exportDrafts(request, session.store);
      if (out === undefined) {
        ctx.deps.stdout.write(result.body);
        return;
      }
      await writeOutput(out, result.body, ctx.deps.stdout);
      ctx.deps.stderr.write(`Wrote ${result.count} draft(s) as ${result.format.toUpperCase()} to ${out}.\n`);
    });
}
