import { describe, expect, it } from 'vitest';
import { buildCaseStudy } from '../../src/app/build-case-study.ts';
import { propose } from '../../src/app/propose.ts';
import { saveCaseStudy } from '../../src/app/save-case-study.ts';
import { isBidwrightError } from '../../src/domain/errors.ts';
import type { Engine } from '../../src/domain/ports.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { createOpenAIEngine } from '../../src/engines/openai/index.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { extractNumbers, numberValue } from '../../src/text/text.ts';
import { GOOD_CASE_STUDY } from '../helpers/openai/fixtures.ts';
import { testConfig, useModelServer } from '../helpers/openai/msw.ts';

const { serve } = useModelServer();

const NOTES = [
  `Booking form rescue for a dog grooming salon
Client: a family-run dog grooming salon on WordPress.
Their online booking form double-booked groomers and customers gave up on phones.
I replaced the booking plugin with a lighter WooCommerce booking flow and added a reminder email.
No-shows fell from 18% to 7%.`,
  'Rebuilt a two-warehouse stock sheet for a tea shop. Duplicate SKUs merged: 137. Stock errors went from 41 a week to 2 a week in 3 months, saving about $1,200 a month.',
  'Client: a florist with two shops. Orders came by phone and got lost. I set up an Airtable order log with a form. Lost orders went from about 6 a week to none.',
];

/** Every number in a text, as values. */
const valuesOf = (text: string) => extractNumbers(text).map(numberValue);

describe('the case-study rule: no metric number that is not in the notes', () => {
  it.each(NOTES)('holds for the offline engine on "%s"', async (notes) => {
    const study = await buildCaseStudy({ notes }, { engine: createOfflineEngine() });
    const noted = new Set(valuesOf(notes));
    expect(study.unconfirmedMetrics.length).toBeGreaterThan(0);
    for (const metric of study.unconfirmedMetrics) {
      for (const value of valuesOf(`${metric.label} ${metric.value}`)) expect(noted.has(value), `${metric.label}: ${metric.value}`).toBe(true);
    }
    expect(study.droppedMetrics).toEqual([]);
  });

  it('drops and reports the openai engine figures whose numbers the notes do not state', async () => {
    const invented = { label: 'repeat orders', value: '+35%' };
    const rounded = { label: 'lost orders a week before', value: '5' };
    serve('responses', [{ output: { ...GOOD_CASE_STUDY, unconfirmedMetrics: [...GOOD_CASE_STUDY.unconfirmedMetrics, invented, rounded] } }]);
    const engine: Engine = createOpenAIEngine({ config: testConfig('responses') });
    const study = await buildCaseStudy({ notes: NOTES[2] ?? '' }, { engine });
    expect(study.unconfirmedMetrics).toEqual(GOOD_CASE_STUDY.unconfirmedMetrics);
    expect(study.droppedMetrics).toEqual([invented, rounded]);
    expect(study.engine).toBe('openai');
  });
});

describe('saveCaseStudy', () => {
  const notes = NOTES[0] ?? '';
  const proof = {
    id: '',
    kind: 'case_study' as const,
    title: 'Booking form rescue for a dog grooming salon',
    problem: 'Customers gave up on phones.',
    metrics: [{ label: 'No-shows (after)', value: '7%' }],
    skills: ['WooCommerce'],
  };

  it('adds the reviewed item under an id made from its title', async () => {
    const store = createMemoryStore();
    const item = await saveCaseStudy({ notes, proof }, store);
    expect(item.id).toBe('booking-form-rescue-for-a-dog-grooming-salon');
    expect((await store.getProof(item.id))?.metrics).toEqual(proof.metrics);
  });

  it('refuses a confirmed metric with a number the notes do not state', async () => {
    const store = createMemoryStore();
    const error = await saveCaseStudy({ notes, proof: { ...proof, metrics: [{ label: 'No-shows (after)', value: '5%' }] } }, store).catch(
      (caught: unknown) => caught,
    );
    expect(isBidwrightError(error) && error.code).toBe('INVALID_INPUT');
    expect(String((error as Error).message)).toContain('"No-shows (after): 5%" has a number your notes do not state');
    expect(await store.listProof()).toEqual([]);
  });

  it('answers an id the library already has with a conflict', async () => {
    const store = createMemoryStore();
    await saveCaseStudy({ notes, proof }, store);
    const error = await saveCaseStudy({ notes, proof }, store).catch((caught: unknown) => caught);
    expect(isBidwrightError(error) && error.code).toBe('CONFLICT');
  });

  it('lets the next proposal for a matching post cite the saved item', async () => {
    const store = createMemoryStore();
    const engine = createOfflineEngine();
    const study = await buildCaseStudy({ notes }, { engine });
    const item = await saveCaseStudy({ notes, proof: { ...study.proof, id: '', metrics: study.unconfirmedMetrics.slice(1) } }, store);
    const post = `WooCommerce booking form double-books our pet grooming appointments

Our pet grooming business takes bookings on a WordPress site with WooCommerce. The booking form double-books groomers and customers drop off on phones. We need the booking flow fixed.`;
    const proposal = await propose({ jobPost: post }, { store, engine, ranker: createProofRanker(), clock: { now: () => new Date('2026-12-01T10:00:00Z') } });
    expect(proposal.citations).toContain(item.id);
  });
});
