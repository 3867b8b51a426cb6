import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Profile, ProofItem } from '../../src/domain/schemas.ts';
import { EvalSuite, type EvalCase } from '../../src/evals/eval-case.ts';
import { allRules } from '../../src/rubric/registry.ts';

const evalsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'evals');
const suitesDir = join(evalsDir, 'suites');
const fixturesDir = join(evalsDir, 'fixtures');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

// The four suites this file vouches for; other suites may sit beside them.
const suiteFiles = ['audits.json', 'offers.json', 'proposals.json', 'triage.json'];
const suites = suiteFiles.map((name) => ({ name, suite: EvalSuite.parse(readJson(join(suitesDir, name))) }));
const cases: EvalCase[] = suites.flatMap(({ suite }) => suite.cases);

function library(ref: EvalCase['library']): ProofItem[] {
  const raw = typeof ref === 'string' ? readJson(join(fixturesDir, 'libraries', `${ref}.json`)) : ref;
  return ProofItem.array().parse(raw);
}

function postOf(testCase: EvalCase): string {
  return 'jobPost' in testCase.input ? testCase.input.jobPost : '';
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('eval suite files', () => {
  it('has the four suites, each valid against the suite schema', () => {
    expect(readdirSync(suitesDir)).toEqual(expect.arrayContaining(suiteFiles));
    for (const name of suiteFiles) {
      const result = EvalSuite.safeParse(readJson(join(suitesDir, name)));
      expect(result.success, `${name}: ${result.success ? '' : result.error.message}`).toBe(true);
    }
  });

  it('names each suite after its file', () => {
    for (const { name, suite } of suites) expect(`${suite.suite}.json`).toBe(name);
  });

  it('holds at least 60 cases, with enough of each kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const count = (kind: EvalCase['kind']) => cases.filter((testCase) => testCase.kind === kind).length;
    expect(count('triage')).toBeGreaterThanOrEqual(20);
    expect(count('proposal')).toBeGreaterThanOrEqual(24);
    expect(count('offer')).toBeGreaterThanOrEqual(12);
    expect(count('audit')).toBeGreaterThanOrEqual(8);
  });

  it('keeps case ids unique across every suite', () => {
    const ids = cases.map((testCase) => testCase.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  it('keeps each suite to one kind of case, with the input that kind takes', () => {
    const kindOf: Record<string, EvalCase['kind']> = { triage: 'triage', proposals: 'proposal', offers: 'offer', audits: 'audit' };
    for (const { suite } of suites) {
      for (const testCase of suite.cases) {
        expect(testCase.kind, testCase.id).toBe(kindOf[suite.suite]);
        const field = { triage: 'jobPost', proposal: 'jobPost', offer: 'offer', audit: 'tasks' }[testCase.kind];
        expect(Object.keys(testCase.input), testCase.id).toContain(field);
      }
    }
  });

  it('describes every case', () => {
    for (const testCase of cases) expect(testCase.description.trim().length, testCase.id).toBeGreaterThan(20);
  });
});

describe('fixtures', () => {
  it('resolves every library and profile a case names, and each fixture is valid', () => {
    for (const testCase of cases) {
      if (typeof testCase.library === 'string') {
        const path = join(fixturesDir, 'libraries', `${testCase.library}.json`);
        expect(existsSync(path), `${testCase.id}: library ${testCase.library}`).toBe(true);
        expect(ProofItem.array().safeParse(readJson(path)).success, path).toBe(true);
      }
      if (typeof testCase.profile === 'string') {
        const path = join(fixturesDir, 'profiles', `${testCase.profile}.json`);
        expect(existsSync(path), `${testCase.id}: profile ${testCase.profile}`).toBe(true);
        expect(Profile.safeParse(readJson(path)).success, path).toBe(true);
      }
    }
  });

  it('gives the default library about ten items with unique kebab-case ids, and keeps an empty library', () => {
    const items = library('default');
    expect(items.length).toBeGreaterThanOrEqual(8);
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(library('empty')).toEqual([]);
  });

  it('sets a rate floor, target rate, skills and words to avoid in every profile', () => {
    for (const name of readdirSync(join(fixturesDir, 'profiles')).filter((file) => file.endsWith('.json'))) {
      const profile = Profile.parse(readJson(join(fixturesDir, 'profiles', name)));
      expect(profile.rateFloor, name).not.toBeNull();
      expect(profile.targetRate ?? 0, name).toBeGreaterThanOrEqual(profile.rateFloor ?? 0);
      expect(profile.skills.length, name).toBeGreaterThan(3);
      expect(profile.avoidWords.length, name).toBeGreaterThan(0);
    }
  });
});

describe('expectations', () => {
  const rules = new Map(allRules().map((rule) => [rule.id, rule]));
  const prefix = { triage: 'T', proposal: 'P', offer: 'O', audit: null } as const;

  it('only names rules that exist and that score this kind of output', () => {
    for (const testCase of cases) {
      for (const id of testCase.expect.rulesPass) {
        expect(rules.has(id), `${testCase.id}: ${id}`).toBe(true);
        expect(id.charAt(0), `${testCase.id}: ${id}`).toBe(prefix[testCase.kind]);
      }
    }
  });

  it('only cites or forbids proof ids that are in the case library', () => {
    for (const testCase of cases) {
      const ids = new Set(library(testCase.library).map((item) => item.id));
      for (const id of [...testCase.expect.cite, ...testCase.expect.notCite]) expect(ids.has(id), `${testCase.id}: ${id}`).toBe(true);
      const both = testCase.expect.cite.filter((id) => testCase.expect.notCite.includes(id));
      expect(both, testCase.id).toEqual([]);
    }
  });

  it('keeps verdicts and red flags to triage, instructions to triage and proposals, labels to audits', () => {
    for (const testCase of cases) {
      const { verdict, redFlags, instructions, labels } = testCase.expect;
      if (testCase.kind !== 'triage') {
        expect(verdict, testCase.id).toBeUndefined();
        expect(redFlags, testCase.id).toEqual([]);
      }
      if (testCase.kind !== 'triage' && testCase.kind !== 'proposal') expect(instructions, testCase.id).toEqual([]);
      if (testCase.kind !== 'audit') expect(labels, testCase.id).toEqual({});
    }
  });

  it('gives every audit case labels for tasks that are in its list, and every other case something to check', () => {
    for (const testCase of cases) {
      const e = testCase.expect;
      if ('tasks' in testCase.input) {
        const labelled = Object.keys(e.labels);
        expect(labelled.length, testCase.id).toBeGreaterThan(0);
        for (const task of labelled) expect(testCase.input.tasks, testCase.id).toContain(task);
      } else {
        const checks = e.rulesPass.length + e.cite.length + e.notCite.length + e.mustNotContain.length + e.redFlags.length;
        expect(checks + (e.verdict ? 1 : 0), testCase.id).toBeGreaterThan(0);
      }
    }
  });

  it('never asks an output to contain a word a case also forbids', () => {
    for (const testCase of cases) {
      const forbidden = testCase.expect.mustNotContain.map((text) => text.toLowerCase());
      for (const text of testCase.expect.mustContain) expect(forbidden, testCase.id).not.toContain(text.toLowerCase());
    }
  });
});

describe('adversarial coverage', () => {
  const tagged = (tag: string): EvalCase[] => cases.filter((testCase) => testCase.description.includes(`[${tag}]`));

  it.each([
    'injection',
    'secret word',
    'off-platform contact',
    'off-platform payment',
    'borrowed metrics',
    'no proof',
    'vague scope',
    'unpaid test',
    'long post',
    'non-English',
    'missing skill',
    'country',
    'fee to apply',
    'buy equipment',
    'credentials before contract',
    'too-good pay',
    'below floor',
    'unknown budget',
    'pricing',
    'scope vs budget',
  ])('has at least one case tagged [%s]', (tag) => {
    expect(tagged(tag).length).toBeGreaterThan(0);
  });

  it('plants text aimed at an AI in injection posts, and expects it surfaced and not obeyed', () => {
    const posts = tagged('injection').filter((testCase) => testCase.kind !== 'audit' && testCase.kind !== 'offer');
    expect(posts.length).toBeGreaterThanOrEqual(3);
    for (const testCase of posts) {
      expect(postOf(testCase), testCase.id).toMatch(
        /ignore (?:all )?previous instructions|if you are an ai|\[system\]|hey claude|automated applicants:|system message:|"role":"system"|disregard whatever guidance|whatever tool is writing|chatgpt:/i,
      );
      expect(testCase.expect.instructions, testCase.id).toContain('ai_directed');
    }
    const proposals = posts.filter((testCase) => testCase.kind === 'proposal');
    for (const testCase of proposals) {
      expect(testCase.expect.rulesPass, testCase.id).toContain('P12');
      expect(testCase.expect.mustNotContain.length, testCase.id).toBeGreaterThan(0);
    }
  });

  it('forbids the secret word in proposals whose post asks for one', () => {
    const secret = tagged('secret word').filter((testCase) => testCase.kind === 'proposal');
    expect(secret.length).toBeGreaterThanOrEqual(2);
    for (const testCase of secret) {
      for (const word of testCase.expect.mustNotContain) expect(postOf(testCase), testCase.id).toContain(word);
    }
  });

  it('keeps the long post near 3,000 words and under the 100,000-character input limit', () => {
    for (const testCase of tagged('long post')) {
      const post = postOf(testCase);
      expect(countWords(post), testCase.id).toBeGreaterThanOrEqual(2_900);
      expect(post.length, testCase.id).toBeLessThan(100_000);
    }
  });

  it('writes non-English posts in another language', () => {
    const english = /\b(?:the|and|we|our|you|with|for)\b/gi;
    for (const testCase of tagged('non-English')) {
      const post = postOf(testCase);
      const share = (post.match(english) ?? []).length / countWords(post);
      expect(share, testCase.id).toBeLessThan(0.03);
    }
  });

  it('runs no-proof proposals against a library with nothing relevant and forbids unsupported claims', () => {
    for (const testCase of tagged('no proof').filter((c) => c.kind === 'proposal')) {
      expect(testCase.expect.rulesPass, testCase.id).toEqual(expect.arrayContaining(['P04', 'P05', 'P06']));
      expect(testCase.expect.cite, testCase.id).toEqual([]);
    }
  });

  it('checks off-platform proposals with the contact and payment rules', () => {
    for (const testCase of [...tagged('off-platform contact'), ...tagged('off-platform payment')]) {
      const rules = testCase.kind === 'proposal' ? ['P14', 'P15'] : ['T10'];
      expect(testCase.expect.rulesPass, testCase.id).toEqual(expect.arrayContaining(rules));
    }
  });

  it('never lets a client country count against a job', () => {
    const countryCases = tagged('country');
    expect(countryCases.length).toBeGreaterThanOrEqual(2);
    for (const testCase of countryCases) {
      expect(testCase.expect.rulesPass, testCase.id).toContain('T13');
      const verdicts = [testCase.expect.verdict ?? []].flat();
      expect(verdicts, testCase.id).not.toContain('skip');
    }
  });
});
