import type { PriceTable } from '../../domain/model-settings.ts';
import type { Usage, UsageCall } from '../../domain/schemas.ts';

/** Token counts as the AI SDK reports them; either may be missing (some local servers send no usage). */
export interface TokenCounts {
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
}

const count = (value: number | undefined): number => (value !== undefined && Number.isFinite(value) && value > 0 ? Math.round(value) : 0);

/** One model call's tokens and estimated cost; cost is null when `model` has no entry in `prices`. */
export function callUsage(model: string, purpose: string, tokens: TokenCounts | undefined, prices: PriceTable): UsageCall {
  const inputTokens = count(tokens?.inputTokens);
  const outputTokens = count(tokens?.outputTokens);
  const price = prices[model];
  // Prices are dollars per million tokens.
  const costUsd = price === undefined ? null : (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
  return { model, purpose, inputTokens, outputTokens, costUsd };
}

/** The calls behind one result, summed; the cost is null when any call is unpriced. */
export function totalUsage(calls: readonly UsageCall[]): Usage {
  return {
    calls: [...calls],
    inputTokens: calls.reduce((sum, call) => sum + call.inputTokens, 0),
    outputTokens: calls.reduce((sum, call) => sum + call.outputTokens, 0),
    costUsd: calls.some((call) => call.costUsd === null) ? null : calls.reduce((sum, call) => sum + (call.costUsd ?? 0), 0),
  };
}
