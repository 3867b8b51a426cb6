import type { Usage } from './schemas.ts';

/** Adds up the usage of several engine calls; null when none of them used a model. */
export function sumUsage(...parts: (Usage | null | undefined)[]): Usage | null {
  const present = parts.filter((part): part is Usage => part !== null && part !== undefined);
  if (present.length === 0) return null;
  const calls = present.flatMap((part) => part.calls);
  const costs = present.map((part) => part.costUsd);
  return {
    calls,
    inputTokens: present.reduce((total, part) => total + part.inputTokens, 0),
    outputTokens: present.reduce((total, part) => total + part.outputTokens, 0),
    // One unpriced call makes the total unknown rather than silently low.
    costUsd: costs.some((cost) => cost === null) ? null : costs.reduce<number>((total, cost) => total + (cost ?? 0), 0),
  };
}
