import { describe, expect, it } from 'vitest';
import { allRules, getRule } from '../../src/rubric/registry.ts';

describe('rule registry', () => {
  it('has unique ids of the form P01, T05, O03', () => {
    const ids = allRules().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[PTO]\d\d$/);
  });

  it('brings proposal, triage and offer rules together, proposal rules first', () => {
    const targets = allRules().map((rule) => rule.target);
    expect(targets[0]).toBe('proposal');
    expect(new Set(targets)).toEqual(new Set(['proposal', 'triage', 'offer']));
    expect(allRules().every((rule) => rule.id[0] === { proposal: 'P', triage: 'T', offer: 'O' }[rule.target])).toBe(true);
  });

  it('holds every proposal rule P01-P28', () => {
    const ids = allRules()
      .filter((rule) => rule.target === 'proposal')
      .map((rule) => rule.id);
    const expected = Array.from({ length: 28 }, (_, index) => `P${String(index + 1).padStart(2, '0')}`);
    expect(ids).toEqual(expected);
  });

  it('gives each rule a title, a severity and numeric default thresholds', () => {
    for (const rule of allRules()) {
      expect(rule.title.length).toBeGreaterThan(0);
      expect(['error', 'warn']).toContain(rule.severity);
      for (const value of Object.values(rule.thresholds)) expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('sets the severities the design asks for', () => {
    const errors = allRules()
      .filter((rule) => rule.target === 'proposal' && rule.severity === 'error')
      .map((rule) => rule.id);
    expect(errors).toEqual(['P02', 'P04', 'P05', 'P12', 'P14', 'P15', 'P19', 'P20', 'P22', 'P23', 'P24', 'P25', 'P28']);
  });

  it('finds a rule by id and returns undefined for an unknown one', () => {
    expect(getRule('P13')?.thresholds).toMatchObject({ minWords: 120, maxWords: 300, warnUnder: 80, warnOver: 400, maxChars: 5000 });
    expect(getRule('P29')).toBeUndefined();
  });
});
