import { describe, expect, it } from 'vitest';
import { createProgressBar, formatProgress } from '../../src/render/progress-bar.ts';

describe('formatProgress', () => {
  it('fills the bar in proportion to the case-repeats done and names the case', () => {
    expect(formatProgress(31, 64, 'proposals/inject-banana')).toBe('[##########..........] 31/64 proposals/inject-banana');
    expect(formatProgress(0, 8, 'a/b', 8)).toBe('[........] 0/8 a/b');
    expect(formatProgress(8, 8, 'a/b', 8)).toBe('[########] 8/8 a/b');
  });
});

describe('createProgressBar', () => {
  it('redraws one line in place and clears it when finished', () => {
    let out = '';
    const bar = createProgressBar({ write: (text) => void (out += text) }, 40);
    bar.update(1, 2, 'suite/a-very-long-case-id-that-does-not-fit');
    bar.finish();
    const lines = out.split('\r').filter(Boolean);
    expect(out).not.toContain('\n');
    expect(lines[0]).toMatch(/^\x1b\[2K\[#{10}\.{10}\] 1\/2 suite/);
    expect(lines[0]!.replace('\x1b[2K', '').length).toBeLessThanOrEqual(39);
    expect(lines.at(-1)).toBe('\x1b[2K');
  });
});
