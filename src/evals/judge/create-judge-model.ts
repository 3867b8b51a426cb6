/**
 * The judge's language model from the OpenAI config (BIDWRIGHT_MODEL_JUDGE or the default model),
 * wrapped with the model engine's retry and timeout middleware. Returns null when no model is
 * configured, since the judge is optional.
 */
import { createOpenAI } from '@ai-sdk/openai';
import { wrapLanguageModel, type LanguageModel } from 'ai';
import type { OpenAIConfig } from '../../domain/model-settings.ts';
import { createRetryMiddleware } from '../../engines/openai/retry.ts';
import { createPromptLibrary } from '../../prompts/create-prompt-library.ts';
import { PROMPTS_DIR } from '../../engines/openai/index.ts';
import { createJudge, type Judge } from './create-judge.ts';

/** The judge model for `config`, or null when neither an API key nor a base URL is set. */
function createJudgeModel(config: OpenAIConfig, options: { fetch?: typeof fetch } = {}): LanguageModel | null {
  if (config.apiKey === undefined && config.baseURL === undefined) return null;
  const provider = createOpenAI({
    // Local servers ignore the key, but the provider insists on one.
    apiKey: config.apiKey ?? 'not-needed-for-a-local-server',
    ...(config.baseURL === undefined ? {} : { baseURL: config.baseURL }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const id = config.models.judge;
  const base = config.api === 'chat' ? provider.chat(id) : provider.responses(id);
  return wrapLanguageModel({ model: base, middleware: [createRetryMiddleware({ maxRetries: config.maxRetries, timeoutMs: config.timeoutMs })] });
}

/** A judge over the configured model and the package's prompts, or null when no model is configured. */
export function createConfiguredJudge(config: OpenAIConfig): Judge | null {
  const model = createJudgeModel(config);
  if (model === null) return null;
  return createJudge({
    model,
    modelId: config.models.judge,
    prompts: createPromptLibrary({ dir: PROMPTS_DIR }),
    prices: config.prices,
    scope: { baseURL: config.baseURL, apiKey: config.apiKey, maxRetries: config.maxRetries },
    // Drafts and posts are the user's: ask OpenAI not to keep the responses.
    ...(config.api === 'responses' ? { providerOptions: { openai: { store: false } } } : {}),
  });
}
