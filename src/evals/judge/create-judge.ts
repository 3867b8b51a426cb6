/**
 * The model judge: asks a language model, per labelled draft, whether the draft breaks each rule
 * that needs judgement (see judged-rules.ts). It reuses the model engine's pieces: the prompt
 * library (every draft and post string is untrusted data, delimited and neutralised), the
 * structured call with one repair attempt, and the usage and cost accounting.
 */
import type { LanguageModel } from 'ai';
import type { PriceTable } from '../../domain/model-settings.ts';
import type { Usage } from '../../domain/schemas.ts';
import { generateStructured, type CallProviderOptions } from '../../engines/openai/generate-structured.ts';
import type { ErrorScope } from '../../engines/openai/map-error.ts';
import { totalUsage } from '../../engines/openai/usage.ts';
import type { PromptLibrary } from '../../prompts/create-prompt-library.ts';
import { newTagSuffix } from '../../prompts/data-tag.ts';
import type { LabelledDraft } from '../calibration/calibration-set.ts';
import { checkVerdicts, JudgeOutput, type JudgeVerdict } from './judged-rules.ts';
import { judgeView } from './judge-view.ts';

export interface JudgeOptions {
  model: LanguageModel;
  prompts: PromptLibrary;
  prices: PriceTable;
  /** The model id for usage, prices and messages; defaults to the model's own id. */
  modelId?: string;
  /** Where errors say the model was reached (never printed with the key). */
  scope?: Omit<ErrorScope, 'model'>;
  providerOptions?: CallProviderOptions;
}

export interface Judgement {
  draftId: string;
  /** One verdict per judged rule, in rule id order. */
  verdicts: JudgeVerdict[];
  usage: Usage;
}

export interface Judge {
  /** The model id the judge calls. */
  model: string;
  /** Rules on one draft; throws LLM_OUTPUT_INVALID when the reply does not fit even after a repair. */
  judge(draft: LabelledDraft): Promise<Judgement>;
}

function idOf(model: LanguageModel): string {
  return typeof model === 'string' ? model : model.modelId;
}

/** Creates a judge over `model`, rendering the `judge.system` and `judge.user` templates from `prompts`. */
export function createJudge(options: JudgeOptions): Judge {
  const modelId = options.modelId ?? idOf(options.model);
  const scope: ErrorScope = { baseURL: undefined, apiKey: undefined, maxRetries: 0, ...options.scope, model: modelId };
  return {
    model: modelId,
    async judge(draft) {
      const suffix = newTagSuffix();
      const { value, calls } = await generateStructured(
        {
          model: options.model,
          ...(options.providerOptions === undefined ? {} : { providerOptions: options.providerOptions }),
          modelId,
          modelVariable: 'BIDWRIGHT_MODEL_JUDGE',
          purpose: 'judge',
          what: 'a rubric judgement',
          system: options.prompts.render('judge.system', {}, suffix),
          prompt: options.prompts.render('judge.user', judgeView(draft), suffix),
          schema: JudgeOutput,
          finalize: checkVerdicts,
        },
        { prices: options.prices, scope },
      );
      return { draftId: draft.id, verdicts: value, usage: totalUsage(calls) };
    },
  };
}
