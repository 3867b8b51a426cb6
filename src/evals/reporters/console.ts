/**
 * The console report: per suite a rule table and the failed cases, then baseline regressions,
 * totals and provenance, ending with "N passed, M failed" alone on the last line.
 */
import { styleText } from 'node:util';
import type { EvalRun, SuiteResult } from '../eval-result.ts';
import { dollars, failedChecks, percent, provenanceLine, runTotals, seconds } from './summary.ts';

type Paint = (style: 'bold' | 'dim' | 'red' | 'green' | 'yellow', text: string) => string;

function painter(color: boolean): Paint {
  return (style, text) => (color ? styleText(style, text, { validateStream: false }) : text);
}

/** Pads cells to their column's width; the widths ignore colour codes because cells are padded before painting. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}

function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function suiteSection(suite: SuiteResult, paint: Paint): string[] {
  const passed = suite.cases.filter((result) => result.passed).length;
  const status = suite.passed ? paint('green', 'PASS') : paint('red', 'FAIL');
  const lines = [`${paint('bold', `Suite ${suite.suite}`)}  ${status}  ${passed}/${suite.cases.length} cases, ${seconds(suite.durationMs)}`];
  if (suite.rules.length > 0) {
    const rows = suite.rules.map((rule) => [
      rule.id,
      rule.severity,
      `${rule.passedRuns}/${rule.runs} ${percent(rule.passRate, rule.runs)}`,
      percent(rule.threshold),
      rule.gatePassed ? '✓' : '✗',
    ]);
    const rendered = table(['rule', 'severity', 'pass rate', 'threshold', 'gate'], rows);
    lines.push(
      ...rendered.map((line, index) => {
        const rule = suite.rules[index - 2];
        return rule !== undefined && !rule.gatePassed ? paint('red', line) : line;
      }),
    );
  }
  const failed = suite.cases.filter((result) => !result.passed);
  if (failed.length > 0) {
    lines.push('', 'Failed cases:');
    for (const result of failed) {
      for (const check of failedChecks(result)) {
        lines.push(`  ${paint('red', '✗')} ${result.caseId}  ${check.id} (${check.passedRuns}/${check.runs})  ${oneLine(check.message)}`);
      }
      if (failedChecks(result).length === 0) lines.push(`  ${paint('red', '✗')} ${result.caseId}  failed`);
    }
  }
  return lines;
}

/** The console report as text (a trailing newline included), coloured for a terminal when asked. */
export function formatConsole(run: EvalRun, options: { color?: boolean } = {}): string {
  const paint = painter(options.color ?? false);
  const lines: string[] = [];
  for (const suite of run.suites) lines.push(...suiteSection(suite, paint), '');
  if (run.baseline !== null) {
    const { file, regressions, improvements } = run.baseline;
    lines.push(paint('bold', `Baseline ${file}: ${regressions.length} regression(s), ${improvements} improvement(s)`));
    for (const regression of regressions) {
      lines.push(paint('red', `- ${regression.suite}/${regression.caseId} ${regression.checkId}: pass -> fail`));
      lines.push(`    ${oneLine(regression.message)}`);
    }
    lines.push('');
  }
  const totals = runTotals(run);
  lines.push(
    `Cases: ${totals.passed}/${totals.cases} passed; repeat ${run.repeat}, concurrency ${run.concurrency}`,
    `Tokens: ${totals.inputTokens} in, ${totals.outputTokens} out; cost ${dollars(totals.costUsd)}; time ${seconds(run.durationMs)}`,
    `Provenance: ${provenanceLine(run)}`,
    run.passed ? paint('green', 'Gates: passed') : paint('red', 'Gates: FAILED'),
    `${totals.passed} passed, ${totals.failed} failed`,
  );
  return `${lines.join('\n')}\n`;
}
