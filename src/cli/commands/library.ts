import type { Command } from 'commander';
import { BidwrightError } from '../../domain/errors.ts';
import { splitMetricLine } from '../../domain/metric-line.ts';
import type { CliContext } from '../context.ts';
import { parseJson, readInput } from '../read-input.ts';
import { writeOutput } from '../write-output.ts';
import { amountValue, listValue } from '../flag-values.ts';

/** The use cases and views, imported when a command runs so that `--help` loads none of them. */
async function useCases() {
  const [proof, profile, views] = await Promise.all([import('../../app/manage-proof.ts'), import('../../app/update-profile.ts'), import('../views.ts')]);
  return { ...proof, ...profile, ...views };
}

const MAX_JSON_BYTES = 20 * 1024 * 1024;
const metric = (value: string, previous: { label: string; value: string }[] = []) => {
  const parsed = splitMetricLine(value);
  if (parsed === null) throw new BidwrightError('INVALID_INPUT', `--metric takes "label=value" or "label: value", e.g. --metric "checkout conversion=+18%"`);
  return [...previous, parsed];
};

/** `proof add|list|import|export|rm|clear` and `profile show|set`. */
export function registerLibraryCommands(program: Command, ctx: CliContext): void {
  const readJson = async (file: string, what: string) =>
    parseJson(await readInput(file, ctx.deps.stdin, { what, maxBytes: MAX_JSON_BYTES }), file === '-' ? 'Standard input' : file);

  const proof = program.command('proof').description('your proof library: case studies, testimonials, portfolio pieces, credentials');

  proof
    .command('add')
    .description('add one proof item, from a JSON file or from flags')
    .argument('[file]', 'a JSON object with the proof fields, or - for standard input')
    .option('--id <id>', 'a short id such as shop-checkout-fix (default: made from the title)')
    .option('--kind <kind>', 'case_study, testimonial, portfolio or credential', 'case_study')
    .option('--title <title>', 'what the work was')
    .option('--client-type <text>', 'the kind of client, e.g. "DTC skincare brand"')
    .option('--problem <text>', 'the problem the client had')
    .option('--approach <text>', 'what you did')
    .option('--result <text>', 'what changed')
    .option('--metric <label=value>', 'a confirmed metric; repeat for more', metric)
    .option('--skills <list>', 'comma-separated skills', listValue)
    .option('--link <url>', 'a link to the work')
    .option('--public', 'the client may be named publicly', false)
    .action(async (file: string | undefined, options: Record<string, unknown>, command: Command) => {
      const read = file === undefined ? fromFlags(options) : await readJson(file, 'proof item');
      const [session, { addProof, proofListView }] = await Promise.all([ctx.storeSession(command), useCases()]);
      const draft = caseStudyProof(read, ctx);
      const item = await addProof(draft ?? read, session.store, { caseStudyDraft: draft !== undefined });
      session.emit(item, 'proof-list', proofListView([item]));
    });

  proof
    .command('list')
    .description('list the proof library')
    .action(async (_options, command: Command) => {
      const [session, { proofListView }] = await Promise.all([ctx.storeSession(command), useCases()]);
      const items = await session.store.listProof();
      session.emit(items, 'proof-list', proofListView(items));
    });

  proof
    .command('import')
    .description('import a JSON array of proof items (ids kept; an existing id is replaced); all or nothing')
    .argument('<file>', 'the JSON file, or - for standard input')
    .option('--replace', 'make the library exactly these items (the old file is backed up first)', false)
    .action(async (file: string, options: { replace: boolean }, command: Command) => {
      const items = await readJson(file, 'proof file');
      const [session, { importProof }] = await Promise.all([ctx.storeSession(command), useCases()]);
      const result = await importProof(items, session.store, { replace: options.replace });
      if (session.json) ctx.deps.stdout.write(`${JSON.stringify(result)}\n`);
      else ctx.deps.stdout.write(`Imported ${result.added + result.updated} proof item(s): ${result.added} added, ${result.updated} replaced.\n`);
    });

  proof
    .command('export')
    .description('print the proof library as a JSON array (the import format)')
    .argument('[file]', 'write to this file instead of standard output')
    .action(async (file: string | undefined, _options, command: Command) => {
      const session = await ctx.storeSession(command);
      await writeOutput(file, `${JSON.stringify(await session.store.listProof(), null, 2)}\n`, ctx.deps.stdout);
    });

  proof
    .command('rm')
    .description('remove a proof item by id')
    .argument('<id>', 'the proof id')
    .action(async (id: string, _options, command: Command) => {
      const [session, { removeProof }] = await Promise.all([ctx.storeSession(command), useCases()]);
      await removeProof(id, session.store);
      if (session.json) ctx.deps.stdout.write(`${JSON.stringify({ removed: id })}\n`);
      else ctx.deps.stdout.write(`Removed ${id}.\n`);
    });

  proof
    .command('clear')
    .description('remove every proof item (the old file is backed up first, in backups/ beside it)')
    .action(async (_options, command: Command) => {
      const session = await ctx.storeSession(command);
      const removed = await session.store.clearProof();
      if (session.json) ctx.deps.stdout.write(`${JSON.stringify({ removed })}\n`);
      else ctx.deps.stdout.write(`Removed ${removed} proof item(s).\n`);
    });

  const profile = program.command('profile').description('your profile: positioning, rates, skills, voice');

  profile
    .command('show')
    .description('show the profile')
    .action(async (_options, command: Command) => {
      const [session, { profileView }] = await Promise.all([ctx.storeSession(command), useCases()]);
      const current = await session.store.getProfile();
      session.emit(current, 'profile', profileView(current));
    });

  profile
    .command('set')
    .description('change profile fields, from a JSON file and/or flags (flags win)')
    .argument('[file]', 'a JSON object with profile fields, or - for standard input')
    .option('--name <name>')
    .option('--headline <text>', 'your positioning in one line')
    .option('--niche <text>')
    .option('--rate-floor <number>', 'the lowest hourly rate you take', amountValue('--rate-floor', 45))
    .option('--target-rate <number>', 'the hourly rate you aim for', amountValue('--target-rate', 45))
    .option('--currency <code>', 'e.g. USD')
    .option('--skills <list>', 'comma-separated skills', listValue)
    .option('--tone <tone>', 'plain, warm, direct or formal')
    .option('--avoid-words <list>', 'comma-separated words never to use', listValue)
    .option('--allowed-links <list>', 'comma-separated links allowed in proposals', listValue)
    .action(async (file: string | undefined, options: Record<string, unknown>, command: Command) => {
      const fromFile = file === undefined ? {} : await readJson(file, 'profile file');
      if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) {
        throw new BidwrightError('INVALID_INPUT', 'The profile file must be a JSON object, e.g. { "name": "Sam", "rateFloor": 45 }.');
      }
      const patch = { ...fromFile, ...pick(options, PROFILE_FLAGS) };
      if (Object.keys(patch).length === 0) {
        throw new BidwrightError('INVALID_INPUT', 'Nothing to set: give a JSON file or flags such as --rate-floor 45.');
      }
      const [session, { updateProfile, profileView }] = await Promise.all([ctx.storeSession(command), useCases()]);
      const updated = await updateProfile(patch, session.store);
      session.emit(updated, 'profile', profileView(updated));
    });

  profile
    .command('suggest')
    .description('suggest an outcome-led headline, a micro-niche and one repackaged service, from your profile, proof and tasks')
    .option('--tasks <file>', 'the tasks you sell, one a line, or - for standard input (default: your profile skills)')
    .action(async (options: { tasks?: string }, command: Command) => {
      const tasks = options.tasks === undefined ? undefined : await readInput(options.tasks, ctx.deps.stdin, { what: 'task list', maxBytes: MAX_JSON_BYTES });
      const [session, { suggestPositioning }, { positioningView }] = await Promise.all([
        ctx.session(command),
        import('../../app/suggest-positioning.ts'),
        import('../views.ts'),
      ]);
      const result = await suggestPositioning(tasks === undefined ? {} : { tasks }, session);
      session.emit(result, 'positioning', positioningView(result));
    });
}

const PROFILE_FLAGS = ['name', 'headline', 'niche', 'rateFloor', 'targetRate', 'currency', 'skills', 'tone', 'avoidWords', 'allowedLinks'];
const PROOF_FLAGS = ['id', 'kind', 'title', 'clientType', 'problem', 'approach', 'result', 'skills', 'link', 'public'];

function pick(options: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]));
}

function fromFlags(options: Record<string, unknown>): Record<string, unknown> {
  if (options.title === undefined) {
    throw new BidwrightError('INVALID_INPUT', 'Give a JSON file, or at least --title (the id is made from it unless you give --id).');
  }
  return { ...pick(options, PROOF_FLAGS), metrics: options.metric ?? [] };
}

/**
 * `casestudy --json | proof add -`: a case study draft gives its proof item (undefined for any
 * other JSON). A figure not put in its "metrics" was not confirmed, so it stays out of its text
 * too; the note says how many, and what the notes did not supply.
 */
function caseStudyProof(read: unknown, ctx: CliContext): unknown {
  if (typeof read !== 'object' || read === null || !('proof' in read) || !('unconfirmedMetrics' in read) || !Array.isArray(read.unconfirmedMetrics))
    return undefined;
  const proof: unknown = read.proof;
  const metrics = typeof proof === 'object' && proof !== null && 'metrics' in proof && Array.isArray(proof.metrics) ? proof.metrics : [];
  const confirmed = new Set(metrics.map((metric: unknown) => JSON.stringify(metric)));
  // A figure the user moved into "metrics" is confirmed; the rest are left out.
  const figures = read.unconfirmedMetrics.filter((metric: unknown) => !confirmed.has(JSON.stringify(metric))).length;
  const missing = 'missing' in read && Array.isArray(read.missing) && read.missing.length > 0 ? ` Still empty: ${read.missing.join(', ')}.` : '';
  ctx.deps.stderr.write(
    `Adding the proof item from the case study draft. ${figures} figure(s) from the notes were left out of its metrics and its text, since they were not confirmed; to keep one, put it in the draft's "metrics" before adding it.${missing}\n`,
  );
  return proof;
}
