/** The calibration report as a plain-text table for the console, with the gate's verdict. */
import type { CalibrationReport } from './calibrate.ts';
import type { CalibrationDrop } from './compare-calibration.ts';

function figure(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}

/** A rule table (tp, fp, fn, tn, precision, recall), the drafts the rubric disagrees with, and any drops. */
export function formatCalibration(report: CalibrationReport, drops: readonly CalibrationDrop[] = []): string {
  const header = ['rule', 'tp', 'fp', 'fn', 'tn', 'precision', 'recall'];
  const rows = report.rules.map((rule) => [
    rule.id,
    String(rule.tp),
    String(rule.fp),
    String(rule.fn),
    String(rule.tn),
    figure(rule.precision),
    figure(rule.recall),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string =>
    row.map((cell, column) => cell.padStart(column === 0 ? 0 : (widths[column] ?? 0)).padEnd(column === 0 ? (widths[0] ?? 0) : 0)).join('  ');
  const lines = [`Rubric calibration on ${report.drafts.length} labelled drafts`, line(header), ...rows.map(line)];
  const disagreements = report.drafts.filter((draft) => draft.misses.length > 0 || draft.extras.length > 0);
  if (disagreements.length > 0) {
    lines.push('', 'Drafts where the rubric disagrees with the labels:');
    for (const draft of disagreements) {
      const parts = [draft.misses.length > 0 ? `missed ${draft.misses.join(', ')}` : '', draft.extras.length > 0 ? `extra ${draft.extras.join(', ')}` : ''];
      lines.push(`  ${draft.id}: ${parts.filter((part) => part.length > 0).join('; ')}`);
    }
  }
  lines.push('');
  if (drops.length === 0) {
    lines.push('Calibration gate: passed (no rule lost precision or recall)');
  } else {
    lines.push(`Calibration gate: FAILED (${drops.length} drop(s))`);
    for (const drop of drops) {
      const note = drop.ungated === true ? ' (not in the baseline: add it with the update-baseline option)' : '';
      lines.push(`  - ${drop.id} ${drop.metric}: ${figure(drop.baseline)} -> ${figure(drop.current)}${note}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
