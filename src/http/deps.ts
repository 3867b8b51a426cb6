import type { Clock, Engine, ProofRanker, Store } from '../core/ports.ts';

/** One line of structured log; never carries secrets or the text users paste. */
export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string;
  requestId?: string;
  [key: string]: unknown;
}

export interface Logger {
  log(entry: LogEntry): void;
}

/** What the HTTP app needs; `createApp(deps)` receives it from main.ts (or a test). */
export interface HttpDeps {
  engine: Engine;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Required as a Bearer token on /api/* when set. */
  token: string | undefined;
  /** Largest accepted request body in bytes. */
  bodyLimit: number;
  /** Shared by every request so the proof index is rebuilt only when the library changes. */
  ranker?: ProofRanker;
}
