import type { z } from 'zod';
import { BidwrightError } from './errors.ts';
import { describeIssues } from './validate.ts';

/** Validates what an engine returned; a mismatch is the engine's fault, not the user's input. */
export function checkEngineOutput<T extends z.ZodType>(schema: T, value: unknown, engine: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BidwrightError('LLM_OUTPUT_INVALID', `The ${engine} engine returned output that does not fit the schema: ${describeIssues(result.error)}`, {
      details: result.error.issues,
    });
  }
  return result.data;
}
