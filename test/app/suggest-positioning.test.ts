import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { suggestPositioning } from '../../src/app/suggest-positioning.ts';
import { isBidwrightError } from '../../src/domain/errors.ts';
import type { Engine, Store } from '../../src/domain/ports.ts';
import { PositioningSuggestion } from '../../src/domain/positioning.ts';
import { Profile, ProofItem } from '../../src/domain/schemas.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { createOpenAIEngine } from '../../src/engines/openai/index.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { extractNumbers, numberValue } from '../../src/text/text.ts';
import { EXAMPLES_DIR } from '../helpers/cli.ts';
import { testConfig, useModelServer } from '../helpers/openai/msw.ts';

const { serve } = useModelServer();

async function exampleStore(withProof = true): Promise<{ store: Store; proof: ProofItem[] }> {
  const proof = (JSON.parse(await readFile(`${EXAMPLES_DIR}/proof.json`, 'utf8')) as unknown[]).map((item) => ProofItem.parse(item));
  const store = createMemoryStore({ proof: withProof ? proof : [] });
  await store.setProfile(Profile.parse(JSON.parse(await readFile(`${EXAMPLES_DIR}/profile.json`, 'utf8'))));
  return { store, proof };
}

const deps = (store: Store, engine: Engine = createOfflineEngine()) => ({ store, engine, ranker: createProofRanker() });

/** The values of every number in a text. */
const values = (text: string) => extractNumbers(text).map(numberValue);

describe('suggestPositioning with the offline engine', () => {
  it('leads the headline with an outcome and quotes only a metric of the proof it rests on', async () => {
    const { store, proof } = await exampleStore();
    const result = PositioningSuggestion.parse(await suggestPositioning({}, deps(store)));
    expect(result.headline).not.toBeNull();
    expect(result.headline?.length).toBeLessThanOrEqual(120);
    expect(result.proof.length).toBeGreaterThan(0);
    const cited = proof.filter((item) => result.proof.includes(item.id));
    const metricValues = new Set(cited.flatMap((item) => item.metrics.flatMap((metric) => values(metric.value))));
    expect(values(result.headline ?? '').length).toBeGreaterThan(0);
    for (const value of values(`${result.headline} ${result.niche}`)) expect(metricValues.has(value)).toBe(true);
    expect(result.abstentions).toEqual([]);
  });

  it('names a narrower niche from the kind of client the proof served', async () => {
    const { store } = await exampleStore();
    const result = await suggestPositioning({}, deps(store));
    expect(result.niche).toMatch(/ for /);
    expect(result.niche?.toLowerCase()).not.toBe((await store.getProfile()).niche.toLowerCase());
  });

  it('lists every task with its exposure label, and repackages one service backed by library proof', async () => {
    const { store, proof } = await exampleStore();
    const result = await suggestPositioning({ tasks: 'Write 10 blog posts\nSet up Google Analytics tracking\nData entry from PDFs' }, deps(store));
    expect(result.tasks.items.map((item) => [item.task, item.label])).toEqual([
      ['Write 10 blog posts', 'ai_assisted'],
      ['Set up Google Analytics tracking', 'ai_assisted'],
      ['Data entry from PDFs', 'automatable'],
    ]);
    expect(result.service.task).toBe('Set up Google Analytics tracking');
    expect(result.service.proof.map((item) => item.id)).toEqual(['ga4-event-tracking']);
    expect(result.service.proof[0]?.metrics).toEqual(proof.find((item) => item.id === 'ga4-event-tracking')?.metrics);
    expect(result.service.offer.before).not.toBe('');
    expect(result.service.offer.after).not.toBe('');
  });

  it('abstains from figures and from a niche when no proof backs the service', async () => {
    const { store } = await exampleStore(false);
    const result = await suggestPositioning({}, deps(store));
    expect(result.headline).not.toMatch(/\d/);
    expect(result.niche).toBeNull();
    expect(result.proof).toEqual([]);
    expect(result.service.proof).toEqual([]);
    expect(result.abstentions.join(' ')).toMatch(/No proof in your library backs/);
    expect(result.abstentions.join(' ')).toMatch(/no narrower niche/);
  });

  it('asks for skills or tasks when there is nothing to position', async () => {
    const error = await suggestPositioning({}, deps(createMemoryStore())).catch((caught: unknown) => caught);
    expect(isBidwrightError(error) && error.code).toBe('INVALID_INPUT');
    expect((error as Error).message).toMatch(/add your skills to the profile, or give the tasks you sell/);
  });
});

describe('suggestPositioning with the openai engine', () => {
  const audit = (labels: string[]) => ({
    items: labels.map((label, index) => ({
      task: `task ${index}`,
      label,
      reason: 'Tools draft it; a person checks it.',
      suggestion: 'Sell the checked result.',
    })),
    summary: 'Mostly AI-assisted.',
  });
  const offer = {
    headline: 'Figures you can trust: tracking that matches real orders',
    buyer: 'An online store',
    problem: 'Conversions disagree with orders.',
    before: 'Duplicate tags.',
    after: 'A tested tracking plan.',
    outcome: 'Tracked conversions reconcile with orders.',
    valueLevers: ['revenue'],
    deliverables: ['A tracking plan'],
    inclusions: ['Tag clean-up'],
    exclusions: ['Ad changes'],
    acceptanceCriteria: ['Each event fires once in a test'],
    proof: ['ga4-event-tracking'],
  };
  const tasks = 'Set up Google Analytics tracking\nWrite blog posts';
  const niche = 'GA4 tracking for multi-store e-commerce groups';

  /** Runs the use case on the example library, the model answering the audit, the offer and then `positioning`. */
  async function withModel(positioning: object) {
    const { store } = await exampleStore();
    const seen = serve('responses', [{ output: audit(['ai_assisted', 'ai_assisted']) }, { output: offer }, { output: positioning }]);
    const result = await suggestPositioning({ tasks }, deps(store, createOpenAIEngine({ config: testConfig('responses') })));
    return { seen, result };
  }

  it('keeps a headline whose figure is a metric of the backing proof, and drops proof ids it was not shown', async () => {
    const headline = 'Figures you can trust | 4 storefronts on one tracking plan';
    const { seen, result } = await withModel({ headline, niche, rationale: 'Rests on ga4-event-tracking.', proof: ['ga4-event-tracking', 'made-up-id'] });
    expect(seen).toHaveLength(3);
    expect(result.headline).toBe(headline);
    expect(result.niche).toBe(niche);
    expect(result.proof).toEqual(['ga4-event-tracking']);
    expect(result.engine).toBe('openai');
    expect(result.usage?.calls.map((call) => call.purpose)).toEqual(['audit', 'offer', 'positioning']);
  });

  it('withholds a headline with a figure no backing proof holds, and says so', async () => {
    const { result } = await withModel({ headline: 'Tracking that lifts revenue 40%', niche, rationale: 'Invented.', proof: ['ga4-event-tracking'] });
    expect(result.headline).toBeNull();
    expect(result.niche).toBe(niche);
    expect(result.abstentions).toEqual([expect.stringMatching(/headline was withheld: it states 40%/)]);
  });
});
