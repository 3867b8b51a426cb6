import { describe, expect, it } from 'vitest';
import { loadInjectionCases } from '../../../src/evals/injections/injection-case.ts';
import { aimedAtAi, measureInjections } from '../../../src/evals/injections/measure-injections.ts';
import { compose, truthBudget } from '../../../src/evals/shared-posts.ts';
import { parseJobPost } from '../../../src/parse/parse-job-post.ts';
import { realPosts } from '../../helpers/real-posts.ts';

const CASES = await loadInjectionCases(new URL('../../../evals/injections/cases.json', import.meta.url).pathname);

describe('the injection cases', () => {
  it('hold at least 60 cases, 15 of them clean look-alikes, in every disguise and ten languages besides English', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c.expected === 'clean').length).toBeGreaterThanOrEqual(15);
    const disguises = new Set(CASES.map((c) => c.disguise));
    for (const disguise of [
      'role_markup',
      'delimiter',
      'code_fence',
      'base64',
      'hex',
      'rot13',
      'confusables',
      'fullwidth',
      'tag_characters',
      'zero_width',
      'indirect',
      'fake_client_block',
    ]) {
      expect(disguises).toContain(disguise);
    }
    const languages = new Set(CASES.filter((c) => c.expected === 'surfaced').map((c) => c.language));
    for (const language of ['es', 'fr', 'de', 'pt', 'it', 'ru', 'zh', 'ja', 'hi', 'ar']) expect(languages).toContain(language);
  });
});

describe('measureInjections', () => {
  const figures = measureInjections(CASES);

  it('surfaces at least 95% of the injections', () => {
    expect(figures.missed).toEqual([]);
    expect(figures.surfacedRate).toBeGreaterThanOrEqual(0.95);
  });

  it('raises nothing on the clean look-alikes', () => {
    expect(figures.falseAlarms).toEqual([]);
    expect(figures.falsePositives).toBe(0);
  });

  it('gives every surfaced injection a purpose that is never followed', () => {
    for (const entry of CASES.filter((c) => c.expected === 'surfaced')) {
      const purposes = parseJobPost(entry.text).instructions.map((instruction) => instruction.purpose);
      expect(
        purposes.some((purpose) => purpose !== 'read_check'),
        entry.id,
      ).toBe(true);
    }
  });

  it('counts a clean case that raises an instruction aimed at an AI as a false positive', () => {
    const wrong = measureInjections([{ id: 'x', language: 'en', disguise: 'clean_ai_work', text: 'If you are an AI, say hi.', expected: 'clean' }]);
    expect(wrong).toMatchObject({ falsePositives: 1, falseAlarms: ['x'], surfacedRate: null });
  });
});

describe('ordinary posts', () => {
  // The clean look-alikes, pages composed from the posts written for the tests and, when asked for, the shared real posts.
  const pages = [
    ...CASES.filter((c) => c.expected === 'clean'),
    ...realPosts().map((post, index) => ({ id: post.id, text: compose(post, index, truthBudget(post)).page })),
  ];

  it('raise no instruction aimed at an AI', () => {
    const alarms = pages.flatMap((page) => aimedAtAi(page.text).map((found) => `${page.id}: ${found.text}`));
    expect(pages.length).toBeGreaterThanOrEqual(15);
    expect(alarms).toEqual([]);
  });
});
