import { describe, expect, it } from 'vitest';
import { propose } from '../../../src/app/propose.ts';
import { createOpenAIEngine } from '../../../src/engines/openai/index.ts';
import { createMemoryStore } from '../../../src/storage/memory-store.ts';
import { GOOD_PROPOSAL, POST_TEXT, PROFILE, PROOF } from '../../helpers/openai/fixtures.ts';
import { mockModel, promptText, userText } from '../../helpers/openai/mock-model.ts';
import { testConfig } from '../../helpers/openai/msw.ts';
import { createProofRanker } from '../../../src/retrieval/proof-ranker.ts';

const clock = { now: () => new Date('2026-11-21T10:00:00Z') };

type Fixture = typeof GOOD_PROPOSAL;

function setup(outputs: unknown[]) {
  const model = mockModel(outputs);
  const engine = createOpenAIEngine({ config: testConfig('responses'), languageModel: () => model });
  const store = createMemoryStore({ profile: PROFILE, proof: PROOF });
  return { model, deps: { engine, store, ranker: createProofRanker(), clock } };
}

const WITH_EMAIL = {
  ...GOOD_PROPOSAL,
  text: GOOD_PROPOSAL.text.replace('Which till system', 'Email me at rowan@example.com so we can start. Which till system'),
};

describe('the revision loop through the core propose use case', () => {
  it('sends a draft that fails an error rule back with its findings, and keeps the clean revision', async () => {
    const { model, deps } = setup([WITH_EMAIL, GOOD_PROPOSAL]);
    const proposal = await propose({ jobPost: POST_TEXT }, deps);
    expect(model.doGenerateCalls).toHaveLength(2);
    const revisePrompt = promptText(model, 1);
    expect(revisePrompt).toContain('P14');
    expect(revisePrompt).toContain('rowan@example.com');
    expect(revisePrompt).toMatch(/<findings_[0-9a-f]{8}>/);
    expect(proposal.text).toBe(GOOD_PROPOSAL.text);
    expect(proposal.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(proposal.usage?.calls.map((call) => call.purpose)).toEqual(['propose', 'propose:revise']);
    expect(proposal.usage?.inputTokens).toBe(2000);
    expect(proposal.engine).toBe('openai');
  });

  it('makes no revision request when the first draft passes every error rule and has no warning worth one', async () => {
    const { model, deps } = setup([GOOD_PROPOSAL]);
    const proposal = await propose({ jobPost: POST_TEXT }, deps);
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(proposal.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('keeps the first draft when the revision is no better, and the output guard takes the contact sentence out', async () => {
    const { model, deps } = setup([WITH_EMAIL]);
    const proposal = await propose({ jobPost: POST_TEXT }, deps);
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(proposal.text).toBe(GOOD_PROPOSAL.text);
    expect(proposal.guard.changes).toEqual([expect.objectContaining({ ruleId: 'P14', evidence: 'Email me at rowan@example.com so we can start.' })]);
    expect(proposal.findings.some((finding) => finding.ruleId === 'P14')).toBe(false);
  });

  it('removes a citation of proof that does not exist and reports it', async () => {
    const ghost = { ...GOOD_PROPOSAL, citations: ['deli-sales-model', 'ghost-project'] };
    const { model, deps } = setup([ghost]);
    const proposal = await propose({ jobPost: POST_TEXT }, deps);
    expect(proposal.citations).toEqual(['deli-sales-model']);
    expect(proposal.findings).toContainEqual(expect.objectContaining({ ruleId: 'P04', severity: 'error', evidence: 'ghost-project' }));
    expect(promptText(model, 1)).toContain('ghost-project');
  });

  it('never obeys the instruction planted in the post: it is listed for the user instead', async () => {
    const { model, deps } = setup([GOOD_PROPOSAL]);
    const proposal = await propose({ jobPost: POST_TEXT }, deps);
    expect(proposal.instructions.map((instruction) => instruction.kind)).toContain('start_with');
    const sent = promptText(model, 0);
    expect(sent.indexOf('croissant')).toBeGreaterThan(sent.search(/<job_post_[0-9a-f]{8}>/));
  });
});

const OFF_DELIVERABLE: Fixture = {
  ...GOOD_PROPOSAL,
  text: GOOD_PROPOSAL.text
    .replace(/^Your Monday report[^\n]*/, 'Your Shopify storefront loses shoppers at checkout because the theme and its apps slow every product page down.')
    .replace(/First step:[^\n]*/, 'First step: I would audit your Shopify theme, product pages and checkout apps.'),
};
const IRRELEVANT_PROOF: Fixture = {
  ...GOOD_PROPOSAL,
  citations: ['deli-sales-model', 'dental-site'],
  text: GOOD_PROPOSAL.text.replace('Which till system', 'I also built a WordPress website for a dental clinic with online booking. Which till system'),
};
const DEFERRED_ANSWER: Fixture = {
  ...GOOD_PROPOSAL,
  screeningAnswers: [{ question: GOOD_PROPOSAL.screeningAnswers[0]!.question, answer: 'That is easier to answer well on a call.' }],
};
const CROISSANT: Fixture = { ...GOOD_PROPOSAL, text: `Croissant. ${GOOD_PROPOSAL.text}` };

describe('the revision pass for the relevance and compliance rules', () => {
  const cases: { rule: string; first: Fixture; fixed: Fixture; accepted?: number[]; names: string }[] = [
    {
      rule: 'P25',
      first: OFF_DELIVERABLE,
      fixed: GOOD_PROPOSAL,
      names: 'The opening is about e-commerce stores, but the post asks for dashboards and reporting',
    },
    { rule: 'P26', first: IRRELEVANT_PROOF, fixed: GOOD_PROPOSAL, names: '"Website for a dental clinic" is not relevant to this post' },
    { rule: 'P28', first: GOOD_PROPOSAL, fixed: CROISSANT, accepted: [1], names: 'the draft does not have "croissant" as the very first words' },
    { rule: 'P10', first: DEFERRED_ANSWER, fixed: GOOD_PROPOSAL, names: 'The answer puts this question off to a call' },
  ];
  for (const { rule, first, fixed, accepted, names } of cases) {
    it(`sends a first draft with a ${rule} finding back exactly once, naming the finding, and keeps the fixed draft`, async () => {
      const { model, deps } = setup([first, fixed]);
      const proposal = await propose({ jobPost: POST_TEXT, ...(accepted ? { acceptedInstructions: accepted } : {}) }, deps);
      expect(proposal.usage?.calls.map((call) => call.purpose)).toEqual(['propose', 'propose:revise']);
      const findings = /<findings_[0-9a-f]{8}>\n([\s\S]*?)<\/findings_[0-9a-f]{8}>/.exec(userText(model, 1))?.[1] ?? '';
      expect(findings).toContain(`- ${rule}: `);
      expect(findings).toContain(names);
      expect(proposal.text).toBe(fixed.text);
      expect(proposal.findings.map((finding) => finding.ruleId)).not.toContain(rule);
    });
  }
});
