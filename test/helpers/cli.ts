import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.ts';
import { type Config, type EngineName, loadConfig } from '../../src/config.ts';
import type { Engine, Store } from '../../src/domain/ports.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  stdin?: string | Buffer;
  store?: Store;
  env?: Record<string, string>;
  /** Pretend stdout is a terminal (live drafts, colour unless NO_COLOR). */
  isTTY?: boolean;
  /** The engine every command gets instead of the offline engine (e.g. one that breaks on purpose). */
  engine?: Engine;
  /** Builds the engine a command names, as the composition root does (overrides `engine`). */
  createEngine?: (name: EngineName, config: Config) => Engine;
}

/** Runs the CLI in-process on a memory store (unless given one) with the offline engine. */
export async function runBidwright(args: string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const store = options.store ?? createMemoryStore();
  const code = await runCli(args, {
    loadConfig: () => loadConfig(options.env ?? {}),
    openStore: async () => store,
    createEngine: (name, config) => options.createEngine?.(name, config) ?? options.engine ?? createOfflineEngine(),
    ranker: createProofRanker(),
    clock: { now: () => new Date('2026-11-21T12:00:00Z') },
    stdin: { readStdin: async () => Buffer.from(options.stdin ?? '') },
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    isTTY: options.isTTY ?? false,
    templatesDir: TEMPLATES_DIR,
  });
  return { code, stdout, stderr };
}
