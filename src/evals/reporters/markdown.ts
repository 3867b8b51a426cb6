/**
 * The Markdown summary, sized for a CI job summary: a headline status, a rule table per suite,
 * the failures, baseline regressions and the provenance.
 */
import type { EvalRun, SuiteResult } from '../eval-result.ts';
import { dollars, failedChecks, provenanceLine, ruleRate, runTotals, seconds } from './summary.ts';

/** Makes untrusted text safe inside a table cell or list item: one line, no pipes or HTML. */
export function mdText(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`);
}

function suiteSection(suite: SuiteResult): string[] {
  const passed = suite.cases.filter((result) => result.passed).length;
  const lines = [`### ${suite.passed ? '✅' : '❌'} ${mdText(suite.suite)}: ${passed}/${suite.cases.length} cases passed`, ''];
  if (suite.rules.length > 0) {
    lines.push('| rule | severity | pass rate | threshold | gate |', '|---|---|---|---|---|');
    for (const rule of suite.rules) {
      lines.push(`| ${mdText(rule.id)} | ${rule.severity} | ${ruleRate(rule)} | ${Math.round(rule.threshold * 100)}% | ${rule.gatePassed ? '✅' : '❌'} |`);
    }
    lines.push('');
  }
  const failed = suite.cases.filter((result) => !result.passed);
  if (failed.length > 0) {
    lines.push('Failures:', '');
    for (const result of failed) {
      const checks = failedChecks(result);
      lines.push(`- \`${result.caseId.replace(/`/g, '')}\``);
      for (const check of checks) lines.push(`  - ${mdText(check.id)} (${check.passedRuns}/${check.runs}): ${mdText(check.message)}`);
    }
    lines.push('');
  }
  return lines;
}

/** The run as GitHub-flavoured Markdown. */
export function formatMarkdown(run: EvalRun): string {
  const totals = runTotals(run);
  const lines = [
    `## ${run.passed ? '✅ bidwright eval passed' : '❌ bidwright eval failed'}`,
    '',
    `**${totals.passed}/${totals.cases}** cases passed across ${run.suites.length} suite(s) in ${seconds(run.durationMs)}; tokens ${totals.inputTokens} in / ${totals.outputTokens} out; cost ${dollars(totals.costUsd)}.`,
    '',
  ];
  for (const suite of run.suites) lines.push(...suiteSection(suite));
  if (run.baseline !== null) {
    const { file, regressions, improvements } = run.baseline;
    lines.push(`### Baseline \`${file.replace(/`/g, '')}\`: ${regressions.length} regression(s), ${improvements} improvement(s)`, '');
    if (regressions.length > 0) {
      lines.push('```diff');
      for (const regression of regressions) {
        const where = `${regression.suite}/${regression.caseId} ${regression.checkId}`.replace(/`/g, "'");
        lines.push(`- ${where}: pass -> fail`, `  ${regression.message.replace(/\s+/g, ' ').replace(/`/g, "'")}`);
      }
      lines.push('```', '');
    }
  }
  lines.push(`<sub>${mdText(provenanceLine(run), 400)}</sub>`, '');
  return lines.join('\n');
}
