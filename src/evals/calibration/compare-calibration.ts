/**
 * The calibration gate: a rule change may not lower any rule's precision or recall on the
 * labelled set. The committed baseline holds the figures the gate compares with.
 */
import { z } from 'zod';
import type { CalibrationReport } from './calibrate.ts';

const Figure = z.number().min(0).max(1).nullable();

export const CalibrationBaseline = z
  .object({
    rules: z.record(z.string().regex(/^P\d\d$/), z.object({ precision: Figure, recall: Figure }).strict()),
  })
  .strict();
export type CalibrationBaseline = z.infer<typeof CalibrationBaseline>;

export interface CalibrationDrop {
  id: string;
  metric: 'precision' | 'recall';
  baseline: number | null;
  current: number | null;
  /** True when the rule is measured but the baseline lacks it, so nothing would guard it. */
  ungated?: boolean;
}

// Figures are ratios of small counts; rounding keeps float noise from failing the gate.
const EPSILON = 1e-9;

/** The baseline file's content for a report. */
export function toBaseline(report: CalibrationReport): CalibrationBaseline {
  return { rules: Object.fromEntries(report.rules.map((rule) => [rule.id, { precision: rule.precision, recall: rule.recall }])) };
}

/**
 * The rules whose precision or recall fell below the baseline. A figure that became unmeasurable
 * (a rule that stopped firing has no precision) counts as a drop when the baseline had one; a rule
 * missing from the current report counts as dropping both. A rule the set measures but the baseline
 * lacks fails too: a new rule must enter the baseline, or the gate would never guard it.
 */
export function compareCalibration(current: CalibrationReport, baseline: CalibrationBaseline): CalibrationDrop[] {
  const drops: CalibrationDrop[] = [];
  for (const [id, before] of Object.entries(baseline.rules)) {
    const now = current.rules.find((rule) => rule.id === id);
    for (const metric of ['precision', 'recall'] as const) {
      const was = before[metric];
      const is = now?.[metric] ?? null;
      if (was === null) continue;
      if (is === null || is < was - EPSILON) drops.push({ id, metric, baseline: was, current: is });
    }
  }
  for (const rule of current.rules) {
    if (Object.hasOwn(baseline.rules, rule.id)) continue;
    for (const metric of ['precision', 'recall'] as const) {
      if (rule[metric] !== null) drops.push({ id: rule.id, metric, baseline: null, current: rule[metric], ungated: true });
    }
  }
  return drops;
}
