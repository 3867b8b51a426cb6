import { describe, expect, it } from 'vitest';
import { triageRules } from '../../../src/rubric/triage/index.ts';
import { buildContext, buildPost, buildTriage, CONCRETE_DESCRIPTION, run } from './build.ts';

describe('triageRules', () => {
  it('lists T01 to T15 once each, in id order, all targeting triage', () => {
    expect(triageRules.map((rule) => rule.id)).toEqual(Array.from({ length: 15 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`));
    expect(triageRules.every((rule) => rule.target === 'triage' && rule.title.length > 0)).toBe(true);
  });

  it('passes a well-formed triage on every rule', () => {
    const post = buildPost(`Rebuild our product page\n${CONCRETE_DESCRIPTION}`, { title: 'Rebuild our product page' });
    const triage = buildTriage({ facts: { title: 'Rebuild our product page' } });
    const failing = triageRules.filter((rule) => run(rule, triage, buildContext({ post })).length > 0);
    expect(failing.map((rule) => rule.id)).toEqual([]);
  });

  it('catches a triage that breaks several rules at once', () => {
    const triage = buildTriage({
      verdict: 'pursue',
      reasons: [],
      facts: { client: { paymentVerified: false, country: 'Kenya' } },
    });
    const failing = triageRules.filter((rule) => run(rule, triage).length > 0).map((rule) => rule.id);
    expect(failing).toEqual(['T01', 'T03', 'T12']);
  });
});
