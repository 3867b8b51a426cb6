import { describe, expect, it } from 'vitest';
import { p20PlainText as rule, withoutMarkdown } from '../../../src/rubric/proposal/p20-plain-text.ts';
import { check, draft, expectShortEvidence } from '../fixtures.ts';

describe('P20 plain text', () => {
  it.each([
    ['a heading', '## My approach\nText.'],
    ['bold', 'This is **important**.'],
    ['underscore bold', 'This is __important__.'],
    ['a star bullet', 'Plan:\n* audit\n* fix'],
    ['backticks', 'Run `theme check` first.'],
    ['a link', 'See [my work](https://example.org).'],
    ['a table', '| step | days |\n|---|---|'],
    ['a table rule', 'step | days\n--- | ---'],
  ])('errors on %s', (_what, text) => {
    expect(check(rule, draft(text))).toHaveLength(1);
  });

  it('allows hyphen lists, numbered lists and plain punctuation', () => {
    expect(
      check(rule, draft('Plan:\n- audit the cart\n- remove slow apps\n1. report\nC# and 5 * 3 are fine; so is #1 priority.\nRemote | Part-time | Flexible')),
    ).toEqual([]);
  });

  it.each([
    ['spaces', ' '],
    ['tabs', '\t'],
    ['open brackets', '['],
    ['half links', '[a]('],
  ])('reads a 200 KB run of %s, quoting short evidence', (_name, unit) => {
    expectShortEvidence(check(rule, draft(unit.repeat(Math.ceil(200_000 / unit.length)))));
  });

  it('takes the Markdown out of a draft it has just checked, from the start of the text', () => {
    const text = '**Your Monday report takes a morning.** I would fix it. See **this** too.';
    expect(check(rule, draft(text)).length).toBeGreaterThan(0);
    expect(withoutMarkdown(text).text).toBe('Your Monday report takes a morning. I would fix it. See this too.');
  });
});
