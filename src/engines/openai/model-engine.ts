/**
 * The model engine behind `--engine openai`, independent of how models are reached: give it a
 * language model per task (an OpenAI provider model, or a mock in tests) and the prompt library.
 * Every call renders a system and a user prompt, asks for JSON that fits a strict schema, checks it
 * against the core's schemas (one repair attempt), and reports usage and estimated cost.
 */
import type { LanguageModel } from 'ai';
import type { z } from 'zod';
import type { ModelTask, PriceTable } from '../../domain/model-settings.ts';
import type { Engine } from '../../domain/ports.ts';
import type { PromptLibrary } from '../../prompts/create-prompt-library.ts';
import { newTagSuffix } from '../../prompts/data-tag.ts';
import { finalizeAudit, finalizeCaseStudy, finalizeOffer, finalizePositioning, finalizeProposal, finalizeTriage, type Checked } from './finalize.ts';
import { generateStructured, type CallProviderOptions, type CallRuntime, type StructuredCall } from './generate-structured.ts';
import { AuditOutput, CaseStudyOutput, OfferOutput, PositioningOutput, ProposalOutput, TriageOutput } from './schemas.ts';
import { toPartialDraft } from './partial-draft.ts';
import { streamStructured } from './stream-structured.ts';
import { totalUsage } from './usage.ts';
import { proposeSystemView, proposeView, reviseView } from './views/proposal.ts';
import { auditView, caseStudyView, offerView, positioningView, taskSystemView, triageView } from './views/tasks.ts';

export interface ModelEngineOptions {
  /** The (already wrapped) language model for a task. */
  model(task: ModelTask): LanguageModel;
  modelIds: Record<ModelTask, string>;
  prompts: PromptLibrary;
  prices: PriceTable;
  baseURL: string | undefined;
  /** Only to scrub it from error messages; never sent anywhere from here. */
  apiKey: string | undefined;
  maxRetries: number;
  /** Sent with every call, e.g. `{ openai: { store: false } }`. */
  providerOptions?: CallProviderOptions;
  /** A fresh suffix for one request's data tags; `newTagSuffix` (random) unless a test fixes it. */
  tagSuffix?: () => string;
}

interface CallSpec<W, T> {
  /** Renders `<template>.system` and `<template>.user`. */
  template: string;
  purpose: string;
  what: string;
  systemView: object;
  userView: object;
  schema: z.ZodType<W>;
  finalize(output: W): Checked<T>;
}

/** Builds an Engine from a model per task. */
export function createModelEngine(options: ModelEngineOptions): Engine {
  const { prompts } = options;
  const tagSuffix = options.tagSuffix ?? newTagSuffix;
  const runtime = (task: ModelTask): CallRuntime => ({
    prices: options.prices,
    scope: { baseURL: options.baseURL, apiKey: options.apiKey, model: options.modelIds[task], maxRetries: options.maxRetries },
  });

  function call<W, T>(task: ModelTask, spec: CallSpec<W, T>): StructuredCall<W, T> {
    // One suffix per request, shared by its system and user message (and its repair, which resends them).
    const suffix = tagSuffix();
    return {
      model: options.model(task),
      ...(options.providerOptions === undefined ? {} : { providerOptions: options.providerOptions }),
      modelId: options.modelIds[task],
      modelVariable: `BIDWRIGHT_MODEL_${task.toUpperCase()}`,
      purpose: spec.purpose,
      what: spec.what,
      system: prompts.render(`${spec.template}.system`, spec.systemView, suffix),
      prompt: prompts.render(`${spec.template}.user`, spec.userView, suffix),
      schema: spec.schema,
      finalize: spec.finalize,
    };
  }

  async function run<W, T>(task: ModelTask, structured: StructuredCall<W, T>) {
    const { value, calls } = await generateStructured(structured, runtime(task));
    return { ...value, usage: totalUsage(calls) };
  }

  const proposal = (context: Parameters<Engine['propose']>[0]) =>
    call('propose', {
      template: 'propose',
      purpose: 'propose',
      what: 'a proposal',
      systemView: proposeSystemView(),
      userView: proposeView(context),
      schema: ProposalOutput,
      finalize: finalizeProposal,
    });

  const revision = (...[context, draft, findings]: Parameters<NonNullable<Engine['reviseProposal']>>) =>
    call('propose', {
      template: 'revise',
      purpose: 'propose:revise',
      what: 'a revised proposal',
      systemView: proposeSystemView(),
      userView: reviseView(context, draft, findings),
      schema: ProposalOutput,
      finalize: finalizeProposal,
    });

  return {
    name: 'openai',
    model: options.modelIds.propose,
    triage: async (context) =>
      run(
        'triage',
        call('triage', {
          template: 'triage',
          purpose: 'triage',
          what: 'a triage judgement',
          systemView: taskSystemView(),
          userView: triageView(context),
          schema: TriageOutput,
          finalize: finalizeTriage,
        }),
      ),
    propose: async (context) => run('propose', proposal(context)),
    streamProposal(context) {
      const stream = streamStructured(proposal(context), runtime('propose'), toPartialDraft);
      const result = stream.result.then(({ value, calls }) => ({ ...value, usage: totalUsage(calls) }));
      // As with the stream's own promise: reading only `partials` must not leave an unhandled rejection.
      result.catch(() => undefined);
      return { partials: stream.partials, result };
    },
    reviseProposal: async (context, draft, findings) => run('propose', revision(context, draft, findings)),
    rewriteOffer: async (context) =>
      run(
        'offer',
        call('offer', {
          template: 'offer',
          purpose: 'offer',
          what: 'an offer',
          systemView: taskSystemView(),
          userView: offerView(context),
          schema: OfferOutput,
          finalize: (output) => finalizeOffer(output, context),
        }),
      ),
    auditTasks: async (context) =>
      run(
        'audit',
        call('audit', {
          template: 'audit',
          purpose: 'audit',
          what: 'a task audit',
          systemView: taskSystemView(),
          userView: auditView(context),
          schema: AuditOutput,
          finalize: (output) => finalizeAudit(output, context),
        }),
      ),
    buildCaseStudy: async (context) =>
      run(
        'casestudy',
        call('casestudy', {
          template: 'casestudy',
          purpose: 'casestudy',
          what: 'a case study',
          systemView: taskSystemView(),
          userView: caseStudyView(context),
          schema: CaseStudyOutput,
          finalize: (output) => finalizeCaseStudy(output, context),
        }),
      ),
    // Positioning is offer work (the same kind of writing, on the same proof), so it uses the offer model.
    suggestPositioning: async (context) =>
      run(
        'offer',
        call('offer', {
          template: 'positioning',
          purpose: 'positioning',
          what: 'a positioning suggestion',
          systemView: taskSystemView(),
          userView: positioningView(context),
          schema: PositioningOutput,
          finalize: (output) => finalizePositioning(output, context),
        }),
      ),
  };
}
