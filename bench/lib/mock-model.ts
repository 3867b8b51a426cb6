/**
 * A model engine whose model waits like a real one (200 ms a call) and then answers every proposal
 * with the same valid draft, and a suite of invented proposal cases for it: what eval concurrency
 * is measured against.
 */
import { MockLanguageModelV3 } from 'ai/test';
import { DEFAULT_MODEL, ModelTask } from '../../src/domain/model-settings.ts';
import type { Engine } from '../../src/domain/ports.ts';
import { PROMPTS_DIR } from '../../src/engines/openai/index.ts';
import { createModelEngine } from '../../src/engines/openai/model-engine.ts';
import { EvalSuite } from '../../src/evals/eval-case.ts';
import { createProvenance } from '../../src/evals/provenance.ts';
import { runEval } from '../../src/evals/run-eval.ts';
import { createPromptLibrary } from '../../src/prompts/create-prompt-library.ts';
import { BENCH_LIBRARY } from './library.ts';

const prompts = createPromptLibrary({ dir: PROMPTS_DIR });
const clock = { now: () => new Date() };
export const LATENCY_MS = 200;

/** Runs `suites` once at `concurrency`, prints a line and resolves with the wall time in ms. */
export async function timed(label: string, suites: EvalSuite[], engine: Engine, concurrency: number): Promise<number> {
  const provenance = createProvenance({ engine, prompts, recording: 'live' });
  const started = performance.now();
  const run = await runEval({ suites, engine, repeat: 1, concurrency, clock, provenance });
  const ms = performance.now() - started;
  const cases = run.suites.reduce((total, suite) => total + suite.cases.length, 0);
  const passed = run.suites.reduce((total, suite) => total + suite.cases.filter((c) => c.passed).length, 0);
  console.log(`${label}: concurrency ${concurrency}: ${cases} cases in ${ms.toFixed(0)} ms (${passed} passed)`);
  return ms;
}

/** A model that waits like a real one and then answers every proposal with the same valid draft. */
function slowModel(): MockLanguageModelV3 {
  const draft = {
    text:
      'Your weekly numbers disagree because each source is exported by hand, so the fix starts with one agreed definition per metric. ' +
      'For a wholesale distributor I modelled five disagreeing spreadsheets in SQL and built one Power BI dashboard. ' +
      'First step: a short call to list the metrics you report, then a one-page definitions sheet within the first week. ' +
      'Which metric causes the most arguments on Monday?',
    citations: ['sales-dashboard'],
    screeningAnswers: [],
  };
  return new MockLanguageModelV3({
    modelId: DEFAULT_MODEL,
    doGenerate: async () => {
      await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
      return {
        content: [{ type: 'text', text: JSON.stringify(draft) }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: { inputTokens: { total: 900, noCache: 900, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 150, text: 150, reasoning: 0 } },
        warnings: [],
      };
    },
  });
}

export function modelEngine(): Engine {
  const model = slowModel();
  const ids = Object.fromEntries(ModelTask.options.map((task) => [task, DEFAULT_MODEL])) as Record<ModelTask, string>;
  return createModelEngine({ model: () => model, modelIds: ids, prompts, prices: {}, baseURL: undefined, apiKey: undefined, maxRetries: 0 });
}

const SHOPS = ['bakeries', 'florists', 'garden centres', 'bike shops', 'bookshops', 'pharmacies', 'pet stores', 'cafes'];

/** `count` invented reporting posts, varied enough that none is a copy of another. */
export function proposalSuite(count = 16): EvalSuite {
  const cases = Array.from({ length: count }, (_, i) => ({
    id: `reporting-${i + 1}`,
    kind: 'proposal',
    input: {
      jobPost:
        `Weekly sales dashboard for our ${i + 2} ${SHOPS[i % SHOPS.length]}\n\nHourly: $40.00 - $70.00\n\n` +
        `Every Monday someone stitches ${i + 3} spreadsheets together and the totals never match the tills. ` +
        'We want one Power BI dashboard with sales per shop and per week that refreshes by itself.\n\nSkills and Expertise\nPower BI\nSQL\nExcel\n',
    },
    library: BENCH_LIBRARY,
    profile: { skills: ['Power BI', 'SQL', 'Excel'], rateFloor: 35 },
  }));
  return EvalSuite.parse({ suite: 'bench-proposals', cases });
}
