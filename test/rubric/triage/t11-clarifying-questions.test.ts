import { describe, expect, it } from 'vitest';
import { t11ClarifyingQuestions } from '../../../src/rubric/triage/t11-clarifying-questions.ts';
import { buildTriage, run } from './build.ts';

const vague = 'Need help with my business. Looking for someone good. Message me.';

describe('T11 clarifying questions', () => {
  it('passes a vague post that gets a clarifying question', () => {
    const triage = buildTriage({ facts: { description: vague }, clarifyingQuestions: ['What result do you need by when?'] });
    expect(run(t11ClarifyingQuestions, triage)).toEqual([]);
  });

  it('passes a concrete, detailed post without questions', () => {
    expect(run(t11ClarifyingQuestions, buildTriage())).toEqual([]);
  });

  it('flags a short description with no questions', () => {
    const hits = run(t11ClarifyingQuestions, buildTriage({ facts: { description: vague } }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toMatch(/under 40/);
  });

  it('flags a long description that names nothing to deliver', () => {
    const description = Array.from({ length: 8 }, () => 'We want to grow and need a smart person who gets things done fast.').join(' ');
    const hits = run(t11ClarifyingQuestions, buildTriage({ facts: { description }, clarifyingQuestions: ['  '] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('no concrete deliverable named');
  });
});
