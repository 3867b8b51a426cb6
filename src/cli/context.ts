import type { Command } from 'commander';
import type { Config, EngineName } from '../config.ts';
import type { Clock, Engine, ProofRanker, Store } from '../domain/ports.ts';
import type { Logger } from '../domain/ports.ts';
import { createRenderer, type Renderer } from '../render/create-renderer.ts';
import type { InputSource } from './read-input.ts';

export interface Output {
  write(text: string): void;
}

export interface CliDeps {
  config: Config;
  openStore(dir: string): Promise<Store>;
  createEngine(name: EngineName): Engine;
  /** Ranks proof for the use cases; one per process, so a long `serve` reuses its index. */
  ranker: ProofRanker;
  clock: Clock;
  stdin: InputSource;
  stdout: Output;
  stderr: Output;
  /** Whether stdout is a terminal (colour, live progress). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bars); taken to match stdout when not given. */
  stderrIsTTY?: boolean;
  templatesDir: string;
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

/** What a command needs once its flags are known. */
export interface Session {
  store: Store;
  engine: Engine;
  ranker: ProofRanker;
  json: boolean;
  /** Prints a result: its JSON with --json, else the named plain-text template. */
  emit(result: unknown, template: string, view?: object): void;
}

/** Shared state of one CLI run: lazily opened store and renderer, and the exit code commands set. */
export class CliContext {
  exitCode = 0;
  /** The command being run, e.g. "proof add", once commander has chosen it (for error advice). */
  command: string | null = null;
  private renderer: Renderer | null = null;

  /** `progress` takes the CLI's own terminal codes (the eval progress bar), never untrusted text. */
  constructor(
    readonly deps: CliDeps,
    readonly progress: Output = deps.stderr,
  ) {}

  /** Opens the store and engine that a command's global options choose. */
  async session(command: Command): Promise<Session> {
    const options = command.optsWithGlobals<GlobalOptions>();
    const store = await this.deps.openStore(options.data ?? this.deps.config.dataDir);
    const engine = this.deps.createEngine(options.engine ?? this.deps.config.engine);
    const json = options.json === true;
    return {
      store,
      engine,
      ranker: this.deps.ranker,
      json,
      emit: (result, template, view) => {
        if (json) this.deps.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else this.deps.stdout.write(this.render(template, view ?? (result as object)));
      },
    };
  }

  render(template: string, view: object): string {
    this.renderer ??= createRenderer({
      dir: this.deps.templatesDir,
      color: this.deps.isTTY && this.deps.config.color,
    });
    return this.renderer.render(template, view);
  }
}
