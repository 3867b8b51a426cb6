import { Command, CommanderError, Option } from 'commander';
import { isBidwrightError } from '../domain/errors.ts';
import { formatCliError } from './advice.ts';
import { registerDraftingCommands } from './commands/drafting.ts';
import { registerDraftsCommands } from './commands/drafts.ts';
import { registerEvalCommand } from './commands/eval.ts';
import { registerLibraryCommands } from './commands/library.ts';
import { registerLintCommand } from './commands/lint.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerTrackCommands } from './commands/track.ts';
import { CliContext, type CliDeps } from './context.ts';
import { safeOutput } from './terminal-safe.ts';

/** Exit codes: 1 means "ran, and a gate failed" (lint); 2 means the command could not do its work. */
const EXIT = { ok: 0, failed: 1, error: 2 } as const;

/** "proof add" for `bidwright proof add`: the names below the program itself. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

function createProgram(ctx: CliContext): Command {
  const program = new Command('bidwright')
    .description('Triage job posts, draft grounded proposals, rewrite offers and lint drafts. It prepares; you review and send.')
    .version('0.1.0')
    .option('--json', 'print the schema-shaped result as JSON', false)
    .addOption(
      new Option('--engine <engine>', 'the drafting engine (default: openai when OPENAI_API_KEY or OPENAI_BASE_URL is set, else offline)').choices([
        'offline',
        'openai',
      ]),
    )
    .option('--data <dir>', 'where your profile and proof live (default: $BIDWRIGHT_DATA_DIR or ./data)')
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.deps.stdout.write(text),
      writeErr: (text) => ctx.deps.stderr.write(text),
    })
    // Every command's action reads the configuration first; help and usage errors never do.
    .hook('preAction', async () => {
      await ctx.readConfig();
    });
  registerDraftingCommands(program, ctx);
  registerLintCommand(program, ctx);
  registerLibraryCommands(program, ctx);
  registerServeCommand(program, ctx);
  registerEvalCommand(program, ctx);
  registerDraftsCommands(program, ctx);
  registerTrackCommands(program, ctx);
  // Sub-commands inherit the parent's output and exit handling, and say which one runs (for advice).
  const chosen = (_parent: Command, sub: Command) => {
    ctx.command = commandPath(sub);
  };
  program.hook('preSubcommand', chosen);
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput()).hook('preSubcommand', chosen);
    for (const sub of command.commands) sub.exitOverride().configureOutput(program.configureOutput());
  }
  return program;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code; never throws. */
export async function runCli(argv: string[], rawDeps: CliDeps): Promise<number> {
  // Everything the CLI prints may quote a post, draft or proof: none of it reaches the terminal raw.
  const styled = () => ctx.color;
  const deps = { ...rawDeps, stdout: safeOutput(rawDeps.stdout, styled), stderr: safeOutput(rawDeps.stderr, styled) };
  const ctx: CliContext = new CliContext(deps, rawDeps.stderr);
  try {
    await createProgram(ctx).parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; commander already printed its usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (isBidwrightError(error)) {
      deps.stderr.write(formatCliError(error, ctx.command));
      return EXIT.error;
    }
    const message = error instanceof Error ? error.message : String(error);
    deps.stderr.write(`bidwright: unexpected error: ${message}\n`);
    if (ctx.debug && error instanceof Error && error.stack) deps.stderr.write(`${error.stack}\n`);
    else deps.stderr.write('bidwright: set BIDWRIGHT_DEBUG=1 for details, and please report it.\n');
    return EXIT.error;
  }
}
