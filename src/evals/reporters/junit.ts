/**
 * The JUnit report: one testsuite per suite, one testcase per case, a <failure> listing the
 * failed checks' messages. Everything is escaped text (no CDATA, so "]]>" in a post is harmless).
 */
import type { CaseResult, EvalRun, SuiteResult } from '../eval-result.ts';
import { failedChecks } from './summary.ts';
import { escapeXml } from './xml.ts';

function secondsAttr(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function testcase(result: CaseResult): string {
  const open = `    <testcase classname="${escapeXml(result.suite)}" name="${escapeXml(result.caseId)}" time="${secondsAttr(result.durationMs)}"`;
  if (result.passed) return `${open}/>`;
  const failed = failedChecks(result);
  const summary = failed.length === 0 ? 'case failed' : `${failed.length} check(s) failed: ${failed.map((check) => check.id).join(', ')}`;
  const body = failed.map((check) => `${check.id} (${check.passedRuns}/${check.runs} runs passed): ${check.messages.join(' | ') || check.message}`);
  return [`${open}>`, `      <failure message="${escapeXml(summary)}" type="EvalFailure">${escapeXml(body.join('\n'))}</failure>`, '    </testcase>'].join(
    '\n',
  );
}

function testsuite(suite: SuiteResult, timestamp: string): string {
  const failures = suite.cases.filter((result) => !result.passed).length;
  const attrs = `name="${escapeXml(suite.suite)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="0" time="${secondsAttr(suite.durationMs)}" timestamp="${escapeXml(timestamp)}"`;
  // A suite can fail on a warn-rule pass rate while every case passes; say so as a gate testcase.
  const gates = suite.rules.filter((rule) => !rule.gatePassed);
  const gateCase =
    gates.length > 0 && failures === 0
      ? [
          `    <testcase classname="${escapeXml(suite.suite)}" name="gates" time="0.000">`,
          `      <failure message="${escapeXml(`pass-rate gate failed: ${gates.map((rule) => rule.id).join(', ')}`)}" type="EvalGate">${escapeXml(gates.map((rule) => `${rule.id} ${rule.passedRuns}/${rule.runs} below ${rule.threshold}`).join('\n'))}</failure>`,
          '    </testcase>',
        ]
      : [];
  const tests = suite.cases.length + (gateCase.length > 0 ? 1 : 0);
  const counted = attrs.replace(/tests="\d+" failures="\d+"/, `tests="${tests}" failures="${failures + (gateCase.length > 0 ? 1 : 0)}"`);
  return [`  <testsuite ${counted}>`, ...suite.cases.map(testcase), ...gateCase, '  </testsuite>'].join('\n');
}

/** The run as a JUnit XML document. */
export function formatJunit(run: EvalRun): string {
  const cases = run.suites.flatMap((suite) => suite.cases);
  const failures = cases.filter((result) => !result.passed).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="bidwright eval" tests="${cases.length}" failures="${failures}" time="${secondsAttr(run.durationMs)}">`,
    ...run.suites.map((suite) => testsuite(suite, run.startedAt)),
    '</testsuites>',
    '',
  ].join('\n');
}
