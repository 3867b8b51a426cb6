/** The judge's agreement with the labels as a console table, beside the rubric rules' own figures. */
import type { CalibrationReport } from '../calibration/calibrate.ts';
import type { JudgeCalibrationReport } from './judge-calibration.ts';

const figure = (value: number | null | undefined): string => (value === null || value === undefined ? 'n/a' : value.toFixed(2));

/** Per judged rule: the judge's agreement, precision and recall, then the rubric rule's precision and recall. */
export function formatJudgeCalibration(judged: JudgeCalibrationReport, rubric: CalibrationReport): string {
  const header = ['rule', 'judge agree', 'judge prec', 'judge recall', 'rule prec', 'rule recall'];
  const rows = judged.rules.map((rule) => {
    const own = rubric.rules.find((entry) => entry.id === rule.id);
    return [rule.id, figure(rule.agreement), figure(rule.precision), figure(rule.recall), figure(own?.precision), figure(own?.recall)];
  });
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  const failed = judged.drafts.filter((draft) => draft.error !== null);
  const count = judged.drafts.length - failed.length;
  const lines = [`Model judge (${judged.model}) on ${count} of ${judged.drafts.length} labelled drafts`, line(header), ...rows.map(line)];
  const disagreements = judged.drafts.filter((draft) => draft.error === null && draft.expected.join() !== draft.found.join());
  if (disagreements.length > 0) {
    lines.push('', 'Drafts where the judge disagrees with the labels:');
    for (const draft of disagreements) {
      const missed = draft.expected.filter((id) => !draft.found.includes(id));
      const extra = draft.found.filter((id) => !draft.expected.includes(id));
      const parts = [missed.length > 0 ? `missed ${missed.join(', ')}` : '', extra.length > 0 ? `extra ${extra.join(', ')}` : ''];
      lines.push(`  ${draft.id}: ${parts.filter((part) => part !== '').join('; ')}`);
    }
  }
  for (const draft of failed) lines.push(`  ${draft.id}: not judged (${draft.error ?? 'unknown error'})`);
  const { inputTokens, outputTokens, costUsd } = judged.usage;
  lines.push('', `Judge usage: ${inputTokens} input + ${outputTokens} output tokens, cost ${costUsd === null ? 'unknown' : `$${costUsd.toFixed(4)}`}`);
  return `${lines.join('\n')}\n`;
}
