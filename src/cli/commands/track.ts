import { Argument, type Command, Option } from 'commander';
import type { CliContext } from '../context.ts';
import { writeOutput } from '../write-output.ts';
import { amountValue, listValue } from '../flag-values.ts';

/** The use cases and views, imported when a command runs so that `--help` loads none of them. */
async function useCases() {
  const [tracking, recording, reading, listing, exporting, views] = await Promise.all([
    import('../../app/track-proposal.ts'),
    import('../../app/record-event.ts'),
    import('../../app/read-funnel.ts'),
    import('../../app/list-tracked.ts'),
    import('../../app/export-pipeline.ts'),
    import('../pipeline-views.ts'),
  ]);
  return { ...tracking, ...recording, ...reading, ...listing, ...exporting, ...views };
}

/** `track add|event|funnel|list|export`: the 30-day reality test from the terminal. */
export function registerTrackCommands(program: Command, ctx: CliContext): void {
  const open = async (command: Command) => {
    const [session, cases] = await Promise.all([ctx.storeSession(command), useCases()]);
    return { session, cases, deps: { store: session.store, clock: ctx.deps.clock, thresholds: ctx.config.funnelThresholds } };
  };
  const now = () => ctx.deps.clock.now().toISOString();
  const track = program.command('track').description('the 30-day reality test: track proposals you sent, record what happened, read the funnel');

  track
    .command('add')
    .description('track a proposal you sent; prints its id')
    .requiredOption('--title <title>', 'the job title')
    .option('--sent-at <time>', 'when you sent it, as an ISO time (default: now)')
    .option('--draft <id>', "the stored draft's id (its rubric result is taken from it)")
    .option('--offer <name>', 'the offer it made, e.g. stock-audit')
    .option('--proof <ids>', 'comma-separated proof ids it cited', listValue)
    .addOption(new Option('--tone <tone>', 'the tone it was written in').choices(['plain', 'warm', 'direct', 'formal']))
    .option('--connects <n>', 'the Connects it cost', amountValue('--connects', 16))
    .option('--bid <amount>', 'the amount you bid', amountValue('--bid', 500))
    .addOption(new Option('--verdict <verdict>', 'the triage verdict of the job').choices(['pursue', 'consider', 'skip']))
    .action(async (options: Record<string, unknown>, command: Command) => {
      const { session, cases, deps } = await open(command);
      const request = {
        jobTitle: options.title,
        sentAt: options.sentAt ?? now(),
        draftId: options.draft,
        offer: options.offer,
        proofIds: options.proof ?? [],
        tone: options.tone,
        connects: options.connects,
        bid: options.bid,
        verdict: options.verdict,
      };
      const proposal = await cases.trackProposal(request, deps);
      if (session.json) ctx.deps.stdout.write(`${JSON.stringify({ id: proposal.id })}\n`);
      else ctx.deps.stdout.write(`Tracked ${proposal.id}: ${proposal.jobTitle} (sent ${proposal.sentAt}).\n`);
    });

  track
    .command('event')
    .description('record what happened to a tracked proposal')
    .argument('<id>', 'the tracked proposal id (see: bidwright track list)')
    .addArgument(new Argument('<type>', 'what happened').choices(['viewed', 'replied', 'interview', 'hired', 'declined', 'no_response']))
    .option('--at <time>', 'when it happened, as an ISO time (default: now)')
    .option('--note <text>', 'a note for yourself')
    .option('--objection <text>', 'what the client objected to (price, timeline, trust ...)')
    .action(async (id: string, type: string, options: { at?: string; note?: string; objection?: string }, command: Command) => {
      const { session, cases, deps } = await open(command);
      const event = await cases.recordEvent(id, { type, at: options.at ?? now(), note: options.note, objection: options.objection }, deps);
      if (session.json) ctx.deps.stdout.write(`${JSON.stringify({ id: event.id })}\n`);
      else ctx.deps.stdout.write(`Recorded ${event.type.replace('_', ' ')} on ${event.proposalId} (${event.at}).\n`);
    });

  track
    .command('funnel')
    .description('the funnel of the last days: the diagnosis first, then stages, Connects, objections and breakdowns')
    .option('--days <n>', 'how many days back (default 30)')
    .action(async (options: { days?: string }, command: Command) => {
      const { session, cases, deps } = await open(command);
      const funnel = await cases.readFunnel({ days: options.days }, deps);
      session.emit(funnel, 'funnel', cases.funnelView(funnel));
    });

  track
    .command('list')
    .description('tracked proposals, newest sent first, with the stage each reached')
    .option('--limit <n>', 'how many (1 to 1000)', '50')
    .option('--after <cursor>', 'the cursor the previous page printed')
    .action(async (options: { limit: string; after?: string }, command: Command) => {
      const { session, cases, deps } = await open(command);
      const page = await cases.listTracked({ limit: Number(options.limit), ...(options.after === undefined ? {} : { after: options.after }) }, deps);
      session.emit(page, 'tracked-list', cases.trackedListView(page.items, page.next));
    });

  track
    .command('export')
    .description('every tracked proposal with its events, as CSV (one row a proposal) or JSON')
    .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'))
    .argument('[file]', 'write to this file instead of standard output')
    .action(async (file: string | undefined, options: { format: string }, command: Command) => {
      const { cases, deps } = await open(command);
      const exported = await cases.exportPipeline(options.format, deps);
      await writeOutput(file, exported.body, ctx.deps.stdout);
    });
}
