import { z } from 'zod';
import { BidwrightError } from './domain/errors.ts';
import { DEFAULT_MODEL, DEFAULT_PRICES, type ModelTask, type OpenAIConfig, PriceTable } from './domain/model-settings.ts';
import { describeIssues } from './domain/validate.ts';
import { defaultFunnelThresholds, type FunnelThresholds, FunnelThresholdOverrides } from './domain/funnel-thresholds.ts';

export const EngineName = z.enum(['offline', 'openai']);
export type EngineName = z.infer<typeof EngineName>;

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));
const flag = z
  .string()
  .optional()
  .transform((value) => value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false');
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The names a browser on this machine uses for the server; any port. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/**
 * Requests per client and window. The defaults are far above what one person clicks or pastes
 * (a draft costs one or two requests; a script triaging 40 posts stays under the work limit), and
 * far below what a flood or a token-guessing run sends.
 */
export const RATE_LIMIT_DEFAULTS = {
  /** Triage, proposals, lint, offers, audits and case studies, web and API together. */
  work: 60,
  workWindowMs: 60_000,
  /** Failed logins and wrong API tokens. */
  loginFailures: 10,
  loginWindowMs: 15 * 60_000,
} as const;

/** A host name or IP address as it appears in a Host header, without a port; IPv6 gains its brackets. */
const HostName = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .transform((value) => (value.includes(':') && !value.startsWith('[') ? `[${value}]` : value))
  .pipe(
    z.string().regex(/^(?:\[[0-9a-f:.]{2,45}\]|[a-z0-9][a-z0-9.-]{0,252})$/, {
      message: 'each entry must be a host name or IP address without a port, e.g. bidwright.lan or 192.168.1.20',
    }),
  );
const HostList = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').filter((entry) => entry.trim() !== ''))
  .pipe(z.array(HostName));

const Env = z.object({
  BIDWRIGHT_DATA_DIR: z.string().min(1).default('./data'),
  BIDWRIGHT_ENGINE: EngineName.optional(),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url({ message: 'must be a URL such as http://localhost:11434/v1' }).optional()),
  BIDWRIGHT_MODEL: optionalText,
  BIDWRIGHT_MODEL_TRIAGE: optionalText,
  BIDWRIGHT_MODEL_PROPOSE: optionalText,
  BIDWRIGHT_MODEL_OFFER: optionalText,
  BIDWRIGHT_MODEL_AUDIT: optionalText,
  BIDWRIGHT_MODEL_CASESTUDY: optionalText,
  BIDWRIGHT_MODEL_JUDGE: optionalText,
  BIDWRIGHT_OPENAI_API: z.enum(['responses', 'chat']).default('responses'),
  BIDWRIGHT_TIMEOUT_MS: positiveInt(60_000),
  BIDWRIGHT_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  BIDWRIGHT_PRICES: optionalText,
  BIDWRIGHT_TOKEN: optionalText,
  BIDWRIGHT_HOST: z.string().min(1).default('127.0.0.1'),
  BIDWRIGHT_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  BIDWRIGHT_BODY_LIMIT: positiveInt(1024 * 1024),
  BIDWRIGHT_ALLOWED_HOSTS: HostList,
  BIDWRIGHT_TRUST_PROXY: flag,
  BIDWRIGHT_RATE_LIMIT: positiveInt(RATE_LIMIT_DEFAULTS.work),
  BIDWRIGHT_LOGIN_LIMIT: positiveInt(RATE_LIMIT_DEFAULTS.loginFailures),
  NO_COLOR: z.string().optional(),
  BIDWRIGHT_DEBUG: flag,
  BIDWRIGHT_FUNNEL_THRESHOLDS: optionalText,
});

export interface RateLimits {
  work: number;
  workWindowMs: number;
  loginFailures: number;
  loginWindowMs: number;
}

/** Who may reach the server and how often. */
export interface AccessConfig {
  /** Host header names answered (any port); others get 421, which defeats DNS rebinding. */
  allowedHosts: string[];
  /** Believe X-Forwarded-For and X-Forwarded-Proto (only behind a reverse proxy that sets them). */
  trustProxy: boolean;
  rateLimits: RateLimits;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** Required on every route but assets, /healthz and /login when set: Bearer on the API, a login on the web. */
  token: string | undefined;
  bodyLimit: number;
  access: AccessConfig;
}

export interface Config {
  dataDir: string;
  /** The engine when no --engine flag is given: openai when a key or base URL is set, else offline. */
  engine: EngineName;
  openai: OpenAIConfig;
  server: ServerConfig;
  color: boolean;
  debug: boolean;
  /** The pipeline funnel's thresholds: the shipped ones with BIDWRIGHT_FUNNEL_THRESHOLDS laid over. */
  funnelThresholds: FunnelThresholds;
}

/**
 * JSON in the variable `name`, checked by `schema`; `example` shows the form when it is not JSON,
 * and `explain` may say what is wrong in words the schema cannot (null when nothing is).
 */
function parseJsonVariable<T>(name: string, raw: string, example: string, schema: z.ZodType<T>, explain: (json: unknown) => string | null = () => null): T {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new BidwrightError('CONFIG', `${name} must be JSON such as ${example}.`);
  }
  const problem = explain(json);
  if (problem !== null) throw new BidwrightError('CONFIG', `${name} is invalid: ${problem}`);
  const result = schema.safeParse(json);
  if (!result.success) throw new BidwrightError('CONFIG', `${name} is invalid: ${describeIssues(result.error)}`);
  return result.data;
}

function parsePrices(raw: string | undefined): PriceTable {
  if (raw === undefined) return DEFAULT_PRICES;
  const prices = parseJsonVariable('BIDWRIGHT_PRICES', raw, '{"my-model": {"input": 0.5, "output": 1.5}} (dollars per million tokens)', PriceTable);
  return { ...DEFAULT_PRICES, ...prices };
}

function parseFunnelThresholds(raw: string | undefined): FunnelThresholds {
  const defaults = defaultFunnelThresholds();
  if (raw === undefined) return defaults;
  // A misspelt name is told which names there are, rather than "(root): Unrecognized key".
  const misspelt = (json: unknown) => {
    const unknown = Object.keys(typeof json === 'object' && json !== null ? json : {}).filter((key) => !Object.hasOwn(defaults, key));
    return unknown.length === 0 ? null : `no threshold is called "${unknown.join('", "')}"; the thresholds are ${Object.keys(defaults).join(', ')}.`;
  };
  return { ...defaults, ...parseJsonVariable('BIDWRIGHT_FUNNEL_THRESHOLDS', raw, '{"minSent": 15, "minReplyRate": 0.05}', FunnelThresholdOverrides, misspelt) };
}

/** Parses the environment once; everything below `main.ts` receives the result instead of reading env. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = Env.safeParse(env);
  if (!result.success) {
    throw new BidwrightError('CONFIG', `The environment is invalid: ${describeIssues(result.error)}`);
  }
  const e = result.data;
  const fallback = e.BIDWRIGHT_MODEL ?? DEFAULT_MODEL;
  const models: Record<ModelTask, string> = {
    triage: e.BIDWRIGHT_MODEL_TRIAGE ?? fallback,
    propose: e.BIDWRIGHT_MODEL_PROPOSE ?? fallback,
    offer: e.BIDWRIGHT_MODEL_OFFER ?? fallback,
    audit: e.BIDWRIGHT_MODEL_AUDIT ?? fallback,
    casestudy: e.BIDWRIGHT_MODEL_CASESTUDY ?? fallback,
    judge: e.BIDWRIGHT_MODEL_JUDGE ?? fallback,
  };
  const modelConfigured = e.OPENAI_API_KEY !== undefined || e.OPENAI_BASE_URL !== undefined;
  return {
    dataDir: e.BIDWRIGHT_DATA_DIR,
    engine: e.BIDWRIGHT_ENGINE ?? (modelConfigured ? 'openai' : 'offline'),
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      api: e.BIDWRIGHT_OPENAI_API,
      models,
      timeoutMs: e.BIDWRIGHT_TIMEOUT_MS,
      maxRetries: e.BIDWRIGHT_MAX_RETRIES,
      prices: parsePrices(e.BIDWRIGHT_PRICES),
    },
    server: {
      host: e.BIDWRIGHT_HOST,
      port: e.BIDWRIGHT_PORT,
      token: e.BIDWRIGHT_TOKEN,
      bodyLimit: e.BIDWRIGHT_BODY_LIMIT,
      access: {
        allowedHosts: [...new Set([...LOOPBACK_HOSTS, ...e.BIDWRIGHT_ALLOWED_HOSTS])],
        trustProxy: e.BIDWRIGHT_TRUST_PROXY,
        rateLimits: { ...RATE_LIMIT_DEFAULTS, work: e.BIDWRIGHT_RATE_LIMIT, loginFailures: e.BIDWRIGHT_LOGIN_LIMIT },
      },
    },
    color: e.NO_COLOR === undefined || e.NO_COLOR === '',
    debug: e.BIDWRIGHT_DEBUG,
    funnelThresholds: parseFunnelThresholds(e.BIDWRIGHT_FUNNEL_THRESHOLDS),
  };
}
