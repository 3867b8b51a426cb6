import type { AccessConfig } from '../config.ts';
import type { FunnelThresholds } from '../domain/funnel-thresholds.ts';
import type { Clock, Engine, Logger, ProofRanker, Store } from '../domain/ports.ts';

/** What the HTTP app needs; `createApp(deps)` receives it from main.ts (or a test). */
export interface HttpDeps {
  engine: Engine;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** When set, required on every route but assets, /healthz and /login: Bearer on the API, a login on the web. */
  token: string | undefined;
  /** Allowed host names, proxy trust and rate limits. */
  access: AccessConfig;
  /** Largest accepted request body in bytes. */
  bodyLimit: number;
  /** Shared by every request so the proof index is rebuilt only when the library changes. */
  ranker: ProofRanker;
  /** The pipeline funnel's thresholds (BIDWRIGHT_FUNNEL_THRESHOLDS); the shipped ones when absent. */
  funnelThresholds?: FunnelThresholds;
}
