/**
 * `--engine openai`: the model engine over the OpenAI API or any OpenAI-compatible server (Ollama,
 * LM Studio, vLLM, llama.cpp, a gateway), through the AI SDK. Each task's model is wrapped with
 * record/replay (outermost, when asked for) and with retries and the request timeout.
 */
import { fileURLToPath } from 'node:url';
import { createOpenAI } from '@ai-sdk/openai';
import { wrapLanguageModel, type LanguageModelMiddleware } from 'ai';
import type { ModelTask, OpenAIConfig } from '../../domain/model-settings.ts';
import { BidwrightError, type ErrorReason } from '../../domain/errors.ts';
import type { Engine } from '../../domain/ports.ts';
import { createPromptLibrary } from '../../prompts/create-prompt-library.ts';
import { createModelEngine } from './model-engine.ts';
import { createRecordReplayMiddleware, type RecordReplayOptions } from './record-replay.ts';
import { createRetryMiddleware, type RetryOptions } from './retry.ts';

/** A language model as the AI SDK's middleware sees it (the provider's, or a test's mock). */
export type LanguageModelV3 = Parameters<typeof wrapLanguageModel>[0]['model'];

export interface OpenAIEngineOptions {
  config: OpenAIConfig;
  /** Record model answers into `dir`, or replay them from it without any network call. */
  recording?: RecordReplayOptions | null;
  /** The fetch the provider uses (tests, proxies). */
  fetch?: typeof fetch;
  /** Tests: the model for a task instead of the HTTP one; retries, recording and repair still apply. */
  languageModel?: (task: ModelTask, modelId: string) => LanguageModelV3;
  /** Tests: backoff and sleep for retries; the timeout and retry count always come from `config`. */
  retry?: Pick<RetryOptions, 'baseDelayMs' | 'maxWaitMs' | 'sleep'>;
  /** The prompt templates; defaults to the package's prompts/ folder. */
  promptsDir?: string;
}

/** The package's prompt templates (prompts/ at the repository root). */
export const PROMPTS_DIR = fileURLToPath(new URL('../../../prompts', import.meta.url));
/** Local servers ignore the key, but the provider insists on one. */
const PLACEHOLDER_KEY = 'not-needed-for-a-local-server';

/**
 * Creates the model engine. Throws CONFIG when neither an API key nor a base URL is configured.
 * `engine.model` is the proposal model (each task may use its own; see config.models).
 */
export function createOpenAIEngine(options: OpenAIEngineOptions): Engine {
  const { config } = options;
  if (config.apiKey === undefined && config.baseURL === undefined) {
    throw new BidwrightError('CONFIG', 'The openai engine needs OPENAI_API_KEY, or OPENAI_BASE_URL for a local OpenAI-compatible server.', {
      details: { reason: 'engine-not-configured', engine: 'openai' } satisfies ErrorReason,
    });
  }
  const provider = createOpenAI({
    apiKey: config.apiKey ?? PLACEHOLDER_KEY,
    ...(config.baseURL === undefined ? {} : { baseURL: config.baseURL }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const middleware: LanguageModelMiddleware[] = [
    ...(options.recording ? [createRecordReplayMiddleware(options.recording)] : []),
    createRetryMiddleware({ ...options.retry, maxRetries: config.maxRetries, timeoutMs: config.timeoutMs }),
  ];
  const models = new Map<ModelTask, LanguageModelV3>();
  const model = (task: ModelTask): LanguageModelV3 => {
    let wrapped = models.get(task);
    if (wrapped === undefined) {
      const id = config.models[task];
      const base = options.languageModel?.(task, id) ?? (config.api === 'chat' ? provider.chat(id) : provider.responses(id));
      wrapped = wrapLanguageModel({ model: base, middleware });
      models.set(task, wrapped);
    }
    return wrapped;
  };
  return createModelEngine({
    model,
    modelIds: config.models,
    prompts: createPromptLibrary({ dir: options.promptsDir ?? PROMPTS_DIR }),
    prices: config.prices,
    baseURL: config.baseURL,
    apiKey: config.apiKey,
    maxRetries: config.maxRetries,
    // Job posts, proof and drafts are the user's: ask OpenAI not to keep the responses.
    ...(config.api === 'responses' ? { providerOptions: { openai: { store: false } } } : {}),
  });
}
