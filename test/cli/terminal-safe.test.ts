import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/terminal-safe.ts';
import { runBidwright } from '../helpers/cli.ts';

const ESC = '\x1b';
// A link that shows one address and opens another, a clear-screen and cursor home, a window title,
// a bell, a C1 control sequence introducer and a carriage return that would overwrite the line.
const HOSTILE = `Hi, I fixed ${ESC}]8;;https://evil.example${ESC}\\your checkout${ESC}]8;;${ESC}\\ last week.${ESC}[2J${ESC}[H${ESC}]0;owned\x07 Done\x9b31m.\rFAKE`;

describe('terminalSafe', () => {
  it('removes whole escape sequences and control characters, keeping the text, tabs and line breaks', () => {
    expect(terminalSafe(`${HOSTILE}\n\tnext line\r\n`)).toBe('Hi, I fixed your checkout last week. Done.FAKE\n\tnext line\r\n');
  });

  it("keeps only the CLI's own colour codes when asked, never a link or a screen command", () => {
    const styled = terminalSafe(`${ESC}[1mbold${ESC}[22m ${ESC}[31mred${ESC}[39m ${ESC}[8mhidden${ESC}[0m${ESC}[2J`, true);
    expect(styled).toBe(`${ESC}[1mbold${ESC}[22m ${ESC}[31mred${ESC}[39m hidden`);
  });

  it('removes a 200 KB run of unterminated sequences whole', () => {
    expect(terminalSafe(`${ESC}]`.repeat(100_000))).toBe('');
  });
});

describe('the CLI prints untrusted text without its terminal codes', () => {
  it('lints a draft holding escape sequences without echoing them, on stdout or stderr', async () => {
    const run = await runBidwright(['lint', '-'], { stdin: `${HOSTILE} Could we start with last month's export?\n` });
    expect(run.stdout.length).toBeGreaterThan(0);
    for (const out of [run.stdout, run.stderr]) {
      expect(out).not.toContain(ESC);
      expect(out).not.toMatch(/[\x07\x9b]|\r(?!\n)/);
    }
  });

  it('strips them from an error message that quotes the input', async () => {
    const run = await runBidwright(['lint', `draft${ESC}[2J.txt`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('draft.txt');
    expect(run.stderr).not.toContain(ESC);
  });
});
