import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvalRun } from '../../../src/evals/eval-result.ts';
import { parseReporters, writeReports } from '../../../src/evals/reporters/index.ts';
import { makeRun } from './fixtures.ts';

function sink(): { write(text: string): void; text: string } {
  return {
    text: '',
    write(text: string) {
      this.text += text;
    },
  };
}

describe('writeReports', () => {
  it('writes one file per file reporter and the console report to stdout', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'bw-reports-')), 'nested', 'reports');
    const stdout = sink();
    const paths = await writeReports(makeRun(), { reporters: ['console', 'json,junit', 'markdown', 'html'], outDir, stdout });
    expect(paths.map((path) => path.slice(outDir.length + 1))).toEqual(['eval-results.json', 'junit.xml', 'eval-summary.md', 'eval-report.html']);
    expect(stdout.text.trimEnd().split('\n').at(-1)).toBe('2 passed, 1 failed');
    expect(readFileSync(join(outDir, 'junit.xml'), 'utf8')).toContain('<testsuites');
    expect(readFileSync(join(outDir, 'eval-report.html'), 'utf8')).toContain('<!DOCTYPE html>');
  });

  it('writes the run as is to eval-results.json', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bw-reports-'));
    const run = makeRun();
    await writeReports(run, { reporters: ['json'], outDir, stdout: sink() });
    const read = EvalRun.parse(JSON.parse(readFileSync(join(outDir, 'eval-results.json'), 'utf8')));
    expect(read).toEqual(run);
  });

  it('rejects an unknown reporter with INVALID_INPUT listing the valid ones, before writing anything', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'bw-reports-')), 'never');
    const stdout = sink();
    await expect(writeReports(makeRun(), { reporters: ['console', 'xml'], outDir, stdout })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('console, json, junit, markdown, html'),
    });
    expect(stdout.text).toBe('');
  });

  it('writes no file for console alone', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bw-reports-'));
    expect(await writeReports(makeRun(), { reporters: ['console'], outDir, stdout: sink() })).toEqual([]);
  });
});

describe('parseReporters', () => {
  it('splits commas, trims, lower-cases and removes duplicates', () => {
    expect(parseReporters([' JSON , junit', 'json'])).toEqual(['json', 'junit']);
  });
});
