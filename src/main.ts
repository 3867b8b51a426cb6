/**
 * The composition root: reads the environment once (when a command runs), builds the adapters and
 * runs the CLI.
 * The only module allowed to touch process globals. Adapters are imported when a command first
 * asks for them, so `--help` or `lint` never loads the model SDK, the other engine or the server.
 */
import { fileURLToPath } from 'node:url';
import { runCli } from './cli/run-cli.ts';

const TEMPLATES_DIR = fileURLToPath(new URL('../templates', import.meta.url));
// Written by `npm run build` beside the bundle; a run from source has none and compiles TEMPLATES_DIR.
const PRECOMPILED_TEMPLATES = new URL('./render/templates/', import.meta.url);

async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) {
    process.stderr.write('Reading from standard input; paste the text, then press Ctrl-D.\n');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Runs `bidwright` with the process's arguments and environment; resolves to the exit code. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const clock = { now: () => new Date() };
  return runCli(argv, {
    // Read when a command runs, not for --help or a usage error, which then never load zod.
    loadConfig: async () => (await import('./config.ts')).loadConfig(process.env),
    // One clock for the run: the use cases and the store (its backups) read the same one.
    openStore: async (dir) => (await import('./storage/file-store.ts')).createFileStore({ dir, now: clock.now }),
    createEngine: async (name, config) =>
      name === 'openai'
        ? (await import('./engines/openai/index.ts')).createOpenAIEngine({ config: config.openai })
        : (await import('./engines/offline/index.ts')).createOfflineEngine(),
    ranker: async () => (await import('./retrieval/proof-ranker.ts')).createProofRanker(),
    clock,
    stdin: { readStdin },
    stdout: { write: (text) => void process.stdout.write(text) },
    stderr: { write: (text) => void process.stderr.write(text) },
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    onSignal: (handler) => {
      const forward = (signal: NodeJS.Signals) => handler(signal);
      process.once('SIGINT', forward);
      process.once('SIGTERM', forward);
      return () => {
        process.off('SIGINT', forward);
        process.off('SIGTERM', forward);
      };
    },
    templatesDir: TEMPLATES_DIR,
    precompiledTemplates: PRECOMPILED_TEMPLATES,
  });
}
