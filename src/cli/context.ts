import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Config, EngineName } from '../config.ts';
import type { Clock, Engine, Logger, ProofRanker, RankerSource, Store } from '../domain/ports.ts';
import type { Renderer } from '../render/template-env.ts';
import type { InputSource } from './read-input.ts';

export interface Output {
  write(text: string): void;
}

export interface CliDeps {
  /** Reads the configuration; called once, when a command's action is about to run. */
  loadConfig(): Config | Promise<Config>;
  openStore(dir: string): Promise<Store>;
  createEngine(name: EngineName, config: Config): Engine | Promise<Engine>;
  /**
   * Ranks proof for the use cases; one per process, so a long `serve` reuses its index. A function
   * is called once, when a command first ranks, so commands that never rank never load it.
   */
  ranker: RankerSource;
  clock: Clock;
  stdin: InputSource;
  stdout: Output;
  stderr: Output;
  /** Whether stdout is a terminal (colour, live progress). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bars); taken to match stdout when not given. */
  stderrIsTTY?: boolean;
  templatesDir: string;
  /** The folder of templates precompiled by `npm run build` (dist/render/templates/); compiled from `templatesDir` when absent or missing. */
  precompiledTemplates?: URL;
  /** Where `serve` logs requests; JSON lines on stderr when absent. */
  logger?: Logger;
  /**
   * Calls `handler` once on SIGINT or SIGTERM (main.ts wires the process); returns an unsubscribe.
   * Without it `serve` runs until the process is killed, with no graceful shutdown.
   */
  onSignal?: (handler: (signal: string) => void) => () => void;
}

export interface GlobalOptions {
  json: boolean;
  engine?: EngineName;
  data?: string;
}

/** What a command that only reads or writes your data needs once its flags are known. */
export interface StoreSession {
  store: Store;
  json: boolean;
  /** Prints a result: its JSON with --json, else the named plain-text template. */
  emit(result: unknown, template: string, view?: object): void;
}

/** What a command that asks an engine for work needs. */
export interface Session extends StoreSession {
  engine: Engine;
  ranker: ProofRanker;
}

/** Shared state of one CLI run: lazily opened store and renderer, and the exit code commands set. */
export class CliContext {
  exitCode = 0;
  /** The command being run, e.g. "proof add", once commander has chosen it (for error advice). */
  command: string | null = null;
  private renderer: Promise<Renderer> | null = null;
  private loadedRanker: Promise<ProofRanker> | null = null;
  private loadedConfig: Config | undefined;

  /** `progress` takes the CLI's own terminal codes (the eval progress bar), never untrusted text. */
  constructor(
    readonly deps: CliDeps,
    readonly progress: Output = deps.stderr,
  ) {}

  /** Reads the configuration once; the program's preAction hook calls it before any command runs. */
  async readConfig(): Promise<Config> {
    this.loadedConfig ??= await this.deps.loadConfig();
    return this.loadedConfig;
  }

  /** The configuration, read before any command's action (help and usage errors never read it). */
  get config(): Config {
    if (this.loadedConfig === undefined) throw new Error('the configuration is read before a command runs (preAction)');
    return this.loadedConfig;
  }

  /** Whether an unexpected error prints its stack (BIDWRIGHT_DEBUG), once the configuration is read. */
  get debug(): boolean {
    return this.loadedConfig?.debug === true;
  }

  /** Whether output keeps the CLI's colours: on a terminal, unless NO_COLOR; plain until the configuration is read. */
  get color(): boolean {
    return this.deps.isTTY && this.loadedConfig?.color === true;
  }

  /**
   * Opens the store, the engine and the ranker that a command's global options choose. `print`
   * false is for a command that prints no result (serve): it never loads the renderer.
   */
  async session(command: Command, { print = true }: { print?: boolean } = {}): Promise<Session> {
    const [base, engine, ranker] = await Promise.all([this.storeSession(command, { print }), this.engine(command), this.ranker()]);
    return { ...base, engine, ranker };
  }

  /** Opens the store that a command's global options choose, and loads the renderer unless --json (or `print` is false). */
  async storeSession(command: Command, { print = true }: { print?: boolean } = {}): Promise<StoreSession> {
    const options = command.optsWithGlobals<GlobalOptions>();
    const json = options.json === true;
    const [store, renderer] = await Promise.all([this.deps.openStore(options.data ?? this.config.dataDir), json || !print ? null : this.loadRenderer()]);
    return {
      store,
      json,
      emit: (result, template, view) => {
        if (renderer === null) this.deps.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else this.deps.stdout.write(renderer.render(template, view ?? (result as object)));
      },
    };
  }

  /** The engine a command's --engine (or the configuration) names. */
  async engine(command: Command): Promise<Engine> {
    return this.deps.createEngine(command.optsWithGlobals<GlobalOptions>().engine ?? this.config.engine, this.config);
  }

  /** The process's one ranker, loaded on first use. */
  ranker(): Promise<ProofRanker> {
    const { ranker } = this.deps;
    this.loadedRanker ??= typeof ranker === 'function' ? ranker() : Promise.resolve(ranker);
    return this.loadedRanker;
  }

  /** The plain-text renderer, loaded on first use (a --json run never loads Handlebars). */
  private loadRenderer(): Promise<Renderer> {
    const { templatesDir, precompiledTemplates } = this.deps;
    const { color } = this;
    this.renderer ??= (async () => {
      // A built checkout or the installed package runs them precompiled; a run from source compiles them.
      if (precompiledTemplates !== undefined && existsSync(precompiledTemplates)) {
        const { createPrecompiledRenderer, templatesIn } = await import('../render/precompiled-renderer.ts');
        return createPrecompiledRenderer(templatesIn(fileURLToPath(precompiledTemplates)), { color, source: templatesDir });
      }
      const { createRenderer } = await import('../render/create-renderer.ts');
      return createRenderer({ dir: templatesDir, color });
    })();
    return this.renderer;
  }
}
