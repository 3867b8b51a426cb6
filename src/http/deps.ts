import type { Clock, Engine, Logger, ProofRanker, Store } from '../domain/ports.ts';

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
  ranker: ProofRanker;
}
