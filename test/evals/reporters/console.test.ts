import { describe, expect, it } from 'vitest';
import { formatConsole } from '../../../src/evals/reporters/console.ts';
import { makeRun } from './fixtures.ts';

describe('formatConsole', () => {
  it('ends with "N passed, M failed" counting cases, alone on the last line', () => {
    const lines = formatConsole(makeRun()).trimEnd().split('\n');
    expect(lines.at(-1)).toBe('2 passed, 1 failed');
  });

  it('shows each rule with its pass rate, threshold and a failed gate mark', () => {
    const text = formatConsole(makeRun());
    expect(text).toMatch(/P14\s+error\s+3\/4 75%\s+100%\s+✗/);
    expect(text).toMatch(/P16\s+warn\s+4\/4 100%\s+80%\s+✓/);
  });

  it('lists each failed case with the check and its first message', () => {
    const text = formatConsole(makeRun());
    expect(text).toContain('whatsapp-bait  P14 (1/2)  The draft contains a messenger <handle>');
    expect(text).not.toContain('clean-shopify  ');
  });

  it('prints baseline regressions as a pass -> fail diff', () => {
    const text = formatConsole(makeRun());
    expect(text).toContain('1 regression(s), 1 improvement(s)');
    expect(text).toContain('- proposals/whatsapp-bait P14: pass -> fail');
  });

  it('totals tokens and cost from the cases when the run has no usage of its own', () => {
    const text = formatConsole(makeRun());
    expect(text).toContain('Tokens: 900 in, 300 out; cost $0.0125');
    expect(text).toContain('engine offline, model none, live; prompts p1a2b3, schemas s4d5e6, rubric r7f8a9');
  });

  it('colours only when asked', () => {
    expect(formatConsole(makeRun())).not.toContain('\u001b[');
    expect(formatConsole(makeRun(), { color: true })).toContain('\u001b[');
  });

  it('says every case passed when nothing failed', () => {
    const run = makeRun({ suites: makeRun().suites.slice(1), baseline: null, passed: true });
    const text = formatConsole(run);
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
    expect(text).not.toContain('Failed cases');
    expect(text).not.toContain('Baseline');
  });
});
