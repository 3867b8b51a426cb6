import { describe, expect, it } from 'vitest';
import { formatMarkdown, mdText } from '../../../src/evals/reporters/markdown.ts';
import { makeRun } from './fixtures.ts';

describe('formatMarkdown', () => {
  it('heads with the run status and the case count', () => {
    const text = formatMarkdown(makeRun());
    expect(text.split('\n')[0]).toBe('## ❌ bidwright eval failed');
    expect(text).toContain('**2/3** cases passed across 2 suite(s)');
    expect(formatMarkdown(makeRun({ passed: true })).split('\n')[0]).toBe('## ✅ bidwright eval passed');
  });

  it('writes a rule table per suite with pass rates and gates', () => {
    const text = formatMarkdown(makeRun());
    expect(text).toContain('| P14 | error | 3/4 (75%) | 100% | ❌ |');
    expect(text).toContain('| T10 | error | 2/2 (100%) | 100% | ✅ |');
  });

  it('lists failures with untrusted text neutralised so it cannot break a table or inject HTML', () => {
    const text = formatMarkdown(makeRun());
    expect(text).toContain('- P14 (1/2): The draft contains a messenger \\<handle\\> & "route" \\]\\]\\>');
    expect(text).not.toContain('<handle>');
  });

  it('shows regressions in a diff block and the provenance', () => {
    const text = formatMarkdown(makeRun());
    expect(text).toContain('```diff\n- proposals/whatsapp-bait P14: pass -> fail');
    expect(text).toContain('rubric r7f8a9');
  });
});

describe('mdText', () => {
  it('flattens to one line and escapes pipes', () => {
    expect(mdText('a |\n b')).toBe('a \\| b');
  });
});
