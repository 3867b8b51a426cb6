import path from 'node:path';
import type { Command } from 'commander';
import { BidwrightError, isBidwrightError } from '../../domain/errors.ts';
import { formatCliError } from '../advice.ts';
import type { CliContext, GlobalOptions } from '../context.ts';

// How often a running server asks the store whether the library changed: a stat of the data file
// when it did not, so the next draft after a change from elsewhere rarely waits for it.
const LIBRARY_CHECK_MS = 2_000;

const port = (value: string): number => {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > 65535)
    throw new BidwrightError('INVALID_INPUT', `--port must be a number from 0 to 65535, e.g. --port 8787 (got "${value}").`);
  return parsed;
};

/** Resolves with the signal's name once SIGINT or SIGTERM arrives; never when signals are not wired. */
function nextSignal(ctx: CliContext): Promise<string> {
  const { onSignal } = ctx.deps;
  return new Promise((resolve) => {
    if (onSignal === undefined) return;
    const off = onSignal((signal) => {
      off();
      resolve(signal);
    });
  });
}

/** `serve`: the web form and the JSON API, until SIGINT or SIGTERM, then a graceful shutdown. */
export function registerServeCommand(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the web form and the JSON API (default http://127.0.0.1:8787)')
    .option('--port <n>', 'the port to listen on (default: $BIDWRIGHT_PORT or 8787; 0 picks a free one)', port)
    .option(
      '--host <host>',
      'the address to listen on (default: $BIDWRIGHT_HOST or 127.0.0.1); other than loopback needs BIDWRIGHT_TOKEN, and its name in BIDWRIGHT_ALLOWED_HOSTS',
    )
    .action(async (options: { port?: number; host?: string }, command: Command) => {
      const { clock, stdout } = ctx.deps;
      const { config } = ctx;
      // The server is imported only by this command, so no other one loads Hono or the web views.
      const [session, { createApp }, { createJsonLogger }, { isLoopback, startServer }, { createLibraryPreparer }] = await Promise.all([
        ctx.session(command, { print: false }),
        import('../../http/create-app.ts'),
        import('../../http/logger.ts'),
        import('../../http/serve.ts'),
        import('../../app/prepare-library.ts'),
      ]);
      const logger = ctx.deps.logger ?? createJsonLogger((line) => ctx.deps.stderr.write(line), clock);
      const { token, bodyLimit, access } = config.server;
      const host = options.host ?? config.server.host;
      const funnelThresholds = config.funnelThresholds;
      const app = createApp({
        engine: session.engine,
        store: session.store,
        ranker: session.ranker,
        clock,
        logger,
        token,
        bodyLimit,
        access,
        funnelThresholds,
      });
      const server = await startServer({ app, host, port: options.port ?? config.server.port, token, logger });
      const dataDir = path.resolve(command.optsWithGlobals<GlobalOptions>().data ?? config.dataDir);
      stdout.write(`bidwright listening on ${server.url} (engine: ${session.engine.name})\n`);
      stdout.write(`data: ${dataDir}\n`);
      if (token === undefined) stdout.write("No BIDWRIGHT_TOKEN set: the API answers anyone who can reach this machine's loopback address.\n");
      stdout.write(`Answers only to the host names ${access.allowedHosts.join(', ')} (any port); others get 421.\n`);
      if (!isLoopback(host)) {
        stdout.write("To reach it from other machines, add this machine's name or address to BIDWRIGHT_ALLOWED_HOSTS (comma-separated).\n");
      }
      // The library is read, indexed and worked through for the rules right after listening, before
      // anyone has pasted a post (a request that comes sooner waits for it, as it would anyway), and
      // again when it changes (proof added from the CLI, the web or by hand), looked for every
      // LIBRARY_CHECK_MS, so the next draft finds it done. A broken file is reported once.
      // Stopping waits for a check in flight, so nothing is said after "stopped".
      const prepare = createLibraryPreparer(session);
      let failure: string | null = null;
      const check = async (first: boolean): Promise<void> => {
        try {
          const { items, changed } = await prepare();
          failure = null;
          if (changed && (items > 0 || !first)) stdout.write(`Proof library ${first ? 'ready' : 'changed'}: ${items} item(s) indexed.\n`);
        } catch (error) {
          const said = isBidwrightError(error)
            ? formatCliError(error, 'serve')
            : `bidwright: the proof library could not be read or indexed: ${String(error)}\n`;
          if (said !== failure) ctx.deps.stderr.write(said);
          failure = said;
        }
      };
      let checking: Promise<void> | null = check(true).finally(() => {
        checking = null;
      });
      const timer = setInterval(() => {
        checking ??= check(false).finally(() => {
          checking = null;
        });
      }, LIBRARY_CHECK_MS);
      timer.unref();
      const signal = await nextSignal(ctx);
      stdout.write(`${signal}: finishing requests in flight, then stopping...\n`);
      clearInterval(timer);
      await Promise.all([server.close(), checking]);
      stdout.write('bidwright stopped.\n');
    });
}
