import { z } from 'zod';
import { BidwrightError } from './core/errors.ts';
import { describeIssues } from './core/validate.ts';

export const EngineName = z.enum(['offline']);
export type EngineName = z.infer<typeof EngineName>;

const Env = z.object({
  BIDWRIGHT_DATA_DIR: z.string().min(1).default('./data'),
  BIDWRIGHT_ENGINE: EngineName.optional(),
  NO_COLOR: z.string().optional(),
  BIDWRIGHT_DEBUG: z.string().optional(),
});

export const Config = z.object({
  dataDir: z.string(),
  engine: EngineName,
  color: z.boolean(),
  debug: z.boolean(),
});
export type Config = z.infer<typeof Config>;

/** Parses the environment once; everything below `main.ts` receives the result instead of reading env. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = Env.safeParse(env);
  if (!result.success) {
    throw new BidwrightError('CONFIG', `The environment is invalid: ${describeIssues(result.error)}`);
  }
  const parsed = result.data;
  return {
    dataDir: parsed.BIDWRIGHT_DATA_DIR,
    engine: parsed.BIDWRIGHT_ENGINE ?? 'offline',
    color: parsed.NO_COLOR === undefined || parsed.NO_COLOR === '',
    debug: parsed.BIDWRIGHT_DEBUG !== undefined && parsed.BIDWRIGHT_DEBUG !== '' && parsed.BIDWRIGHT_DEBUG !== '0',
  };
}
