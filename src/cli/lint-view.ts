import type { LintReport } from '../domain/schemas.ts';
import { findingsView, gapLine } from './finding-lines.ts';

/** A lint report, as the lint template prints it. In its own file: `lint` loads no other view. */
export function lintView(result: LintReport) {
  return {
    ...result,
    findings: findingsView(result.findings),
    status: result.errors > 0 ? 'FAIL' : 'PASS',
    statusStyle: result.errors > 0 ? 'red' : 'green',
    passedCount: result.passed.length,
    gapLine: gapLine(result.gaps),
  };
}
