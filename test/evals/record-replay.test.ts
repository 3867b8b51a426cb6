import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import type { ModelTask } from '../../src/domain/model-settings.ts';
import { loadConfig } from '../../src/config.ts';
import { createOpenAIEngine } from '../../src/engines/openai/index.ts';
import { EvalSuite } from '../../src/evals/eval-case.ts';
import type { EvalRun } from '../../src/evals/eval-result.ts';
import { runEval } from '../../src/evals/run-eval.ts';
import { AUDIT_CONTEXT, GOOD_AUDIT, GOOD_OFFER, GOOD_PROPOSAL, GOOD_TRIAGE, POST_TEXT, PROFILE, PROOF } from '../helpers/openai/fixtures.ts';
import { mockModel } from '../helpers/openai/mock-model.ts';
import { CLOCK, PROVENANCE } from './fixtures/small-suite.ts';

const SUITE = EvalSuite.parse({
  suite: 'model',
  cases: [
    { id: 'bakery-proposal', kind: 'proposal', input: { jobPost: POST_TEXT }, library: PROOF, profile: PROFILE, expect: { cite: ['deli-sales-model'] } },
    { id: 'bakery-triage', kind: 'triage', input: { jobPost: POST_TEXT }, library: PROOF, profile: PROFILE },
    { id: 'dashboards-offer', kind: 'offer', input: { offer: 'Build Power BI dashboards' }, library: PROOF, profile: PROFILE },
    { id: 'tasks-audit', kind: 'audit', input: { tasks: AUDIT_CONTEXT.tasks }, library: PROOF, profile: PROFILE },
  ],
});

const ANSWERS: Partial<Record<ModelTask, unknown>> = { propose: GOOD_PROPOSAL, triage: GOOD_TRIAGE, offer: GOOD_OFFER, audit: GOOD_AUDIT };

const offlineModel = () =>
  new MockLanguageModelV3({
    // The same id as the recording model: a recording is keyed by model id and prompt.
    modelId: 'mock-model',
    doGenerate: async () => {
      throw new Error('replay must not call the model');
    },
  });

const scores = (run: EvalRun) => run.suites.map((suite) => ({ ...suite, durationMs: 0, cases: suite.cases.map((c) => ({ ...c, durationMs: 0 })) }));

describe('recorded model answers', () => {
  it('replays with no model call and scores exactly like the recorded live run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bidwright-recordings-'));
    const config = loadConfig({ OPENAI_API_KEY: 'sk-test' }).openai;
    const record = createOpenAIEngine({ config, recording: { mode: 'record', dir }, languageModel: (task) => mockModel([ANSWERS[task]]) });
    const live = await runEval({ suites: [SUITE], engine: record, repeat: 1, concurrency: 2, clock: CLOCK, provenance: PROVENANCE });
    expect(live.suites[0]?.cases.map((c) => c.errors)).toEqual([[], [], [], []]);
    expect((await readdir(dir)).length).toBeGreaterThanOrEqual(4);

    const replay = createOpenAIEngine({ config, recording: { mode: 'replay', dir }, languageModel: offlineModel });
    const replayed = await runEval({ suites: [SUITE], engine: replay, repeat: 1, concurrency: 2, clock: CLOCK, provenance: PROVENANCE });
    expect(scores(replayed)).toEqual(scores(live));
    expect(replayed.usage?.inputTokens).toBe(live.usage?.inputTokens);
    expect(live.usage?.inputTokens).toBeGreaterThan(0);
  });
});
