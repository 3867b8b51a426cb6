import { describe, expect, it } from 'vitest';
import { propose } from '../../../src/app/propose.ts';
import { createOpenAIEngine } from '../../../src/engines/openai/index.ts';
import { createMemoryStore } from '../../../src/storage/memory-store.ts';
import { GOOD_PROPOSAL, POST_TEXT, PROFILE, PROOF } from '../../helpers/openai/fixtures.ts';
import { mockModel, promptText } from '../../helpers/openai/mock-model.ts';
import { testConfig } from '../../helpers/openai/msw.ts';
import { createProofRanker } from '../../../src/retrieval/proof-ranker.ts';

const clock = { now: () => new Date('2026-11-21T10:00:00Z') };

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
    expect(revisePrompt).toContain('<findings>');
    expect(proposal.text).toBe(GOOD_PROPOSAL.text);
    expect(proposal.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(proposal.usage?.calls.map((call) => call.purpose)).toEqual(['propose', 'propose:revise']);
    expect(proposal.usage?.inputTokens).toBe(2000);
    expect(proposal.engine).toBe('openai');
  });

  it('makes no revision request when the first draft passes every error rule', async () => {
    const { model, deps } = setup([GOOD_PROPOSAL]);
    const proposal = await propose({ jobPost: POST_TEXT }, deps);
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(proposal.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('keeps the first draft when the revision is no better', async () => {
    const { model, deps } = setup([WITH_EMAIL]);
    const proposal = await propose({ jobPost: POST_TEXT }, deps);
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(proposal.text).toBe(WITH_EMAIL.text);
    expect(proposal.findings.some((finding) => finding.ruleId === 'P14' && finding.severity === 'error')).toBe(true);
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
    expect(sent.indexOf('croissant')).toBeGreaterThan(sent.indexOf('<job_post>'));
  });
});
