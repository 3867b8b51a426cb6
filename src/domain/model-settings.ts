/**
 * The model engine's settings as data: which model runs each task and what tokens cost. config.ts
 * fills them from the environment; the engine and the eval judge read them.
 */
import { z } from 'zod';

/** The tasks a model engine runs; each may use its own model. */
export const ModelTask = z.enum(['triage', 'propose', 'offer', 'audit', 'casestudy', 'judge']);
export type ModelTask = z.infer<typeof ModelTask>;

/** A sensible current default: small, cheap, good at following a JSON schema. */
export const DEFAULT_MODEL = 'gpt-5-mini';

/** Dollars per million tokens, by model id. */
export const PriceTable = z.record(z.string(), z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() }));
export type PriceTable = z.infer<typeof PriceTable>;

export interface OpenAIConfig {
  apiKey: string | undefined;
  baseURL: string | undefined;
  api: 'responses' | 'chat';
  /** The model per task; every task falls back to BIDWRIGHT_MODEL, then DEFAULT_MODEL. */
  models: Record<ModelTask, string>;
  timeoutMs: number;
  maxRetries: number;
  prices: PriceTable;
}

/** Prices of common models in dollars per million tokens; BIDWRIGHT_PRICES (JSON) adds or overrides. */
export const DEFAULT_PRICES: PriceTable = {
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
};
