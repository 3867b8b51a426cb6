import { describe, expect, it } from 'vitest';
import { propose } from '../../src/app/propose.ts';
import { createOpenAIEngine } from '../../src/engines/openai/index.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { GOOD_PROPOSAL, POST_TEXT, PROFILE, PROOF } from '../helpers/openai/fixtures.ts';
import { testConfig, useModelServer } from '../helpers/openai/msw.ts';

const { serve } = useModelServer();

// What a careless model returns, and returns again when asked to revise.
const [OPENING, PROOF_PARAGRAPH, STEP, QUESTION] = GOOD_PROPOSAL.text.split('\n\n');
const CARELESS = {
  ...GOOD_PROPOSAL,
  text: [`**${OPENING}**`, PROOF_PARAGRAPH, `${STEP} Email me at rowan@example.com and we can start today.`, QUESTION, 'Best regards,\n[Your Name]'].join(
    '\n\n',
  ),
};

function deps() {
  return {
    engine: createOpenAIEngine({ config: testConfig('chat') }),
    store: createMemoryStore({ profile: PROFILE, proof: PROOF }),
    ranker: createProofRanker(),
    clock: { now: () => new Date('2026-12-06T10:00:00Z') },
  };
}

describe('the output guard on a model draft', () => {
  it('removes the contact sentence and the Markdown, turns the placeholder into a gap, and names each change', async () => {
    serve('chat', [{ output: CARELESS }]);
    const proposal = await propose({ jobPost: POST_TEXT }, deps());
    expect(proposal.text).not.toContain('rowan@example.com');
    expect(proposal.text).not.toContain('Email me');
    expect(proposal.text).not.toContain('**');
    expect(proposal.text).not.toContain('[Your Name]');
    expect(proposal.text.startsWith(OPENING ?? '')).toBe(true);
    expect(proposal.text).toContain(STEP);
    expect(proposal.text).toContain('Best regards,\n[fill in: your name]');
    expect(proposal.gaps).toEqual(['[fill in: your name]']);
    expect(proposal.guard.changes.map((entry) => entry.message)).toEqual([
      'Removed bold or italic markers (marketplaces show proposals as plain text).',
      'Turned the placeholder [Your Name] into [fill in: your name] for you to fill in.',
      'Removed a sentence with contact details or a route off the platform.',
    ]);
    expect(proposal.guard.changes.map((entry) => entry.ruleId)).toEqual(['P20', 'P19', 'P14']);
    expect(proposal.guard.changes[2]?.evidence).toBe('Email me at rowan@example.com and we can start today.');
    expect(proposal.findings.map((finding) => finding.ruleId)).not.toContain('P14');
    expect(proposal.findings.map((finding) => finding.ruleId)).not.toContain('P19');
    expect(proposal.findings.map((finding) => finding.ruleId)).not.toContain('P20');
  });

  it('says plainly that a draft is not ready when an error rule still fails after the guard', async () => {
    // A guarantee the guard cannot remove without rewriting the letter (P24).
    const promising = { ...GOOD_PROPOSAL, text: GOOD_PROPOSAL.text.replace('First step:', 'I guarantee the totals will match. First step:') };
    serve('chat', [{ output: promising }]);
    const proposal = await propose({ jobPost: POST_TEXT }, deps());
    expect(proposal.guard.ok).toBe(false);
    expect(proposal.guard.problems.map((problem) => problem.ruleId)).toContain('P24');
    expect(proposal.guard.problems.every((problem) => problem.severity === 'error')).toBe(true);
  });

  it('leaves a clean draft as the model wrote it and reports it ready', async () => {
    serve('chat', [{ output: GOOD_PROPOSAL }]);
    const proposal = await propose({ jobPost: POST_TEXT }, deps());
    expect(proposal.text).toBe(GOOD_PROPOSAL.text);
    expect(proposal.guard).toEqual({ ok: true, changes: [], problems: [] });
  });
});
