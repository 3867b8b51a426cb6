/**
 * Runs the model judge over the labelled calibration drafts and measures, per judged rule, how far
 * it agrees with the labels: the confusion counts, agreement rate, precision and recall.
 */
import type { Usage } from '../../domain/schemas.ts';
import { totalUsage } from '../../engines/openai/usage.ts';
import type { CalibrationSet } from '../calibration/calibration-set.ts';
import { runPool } from '../run-pool.ts';
import type { Judge, Judgement } from './create-judge.ts';
import { JUDGED_RULE_IDS } from './judged-rules.ts';

export interface JudgeRuleAgreement {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** (tp + tn) / drafts judged; null when no draft was judged. */
  agreement: number | null;
  /** tp / (tp + fp); null when the judge never said the rule breaks. */
  precision: number | null;
  /** tp / (tp + fn); null when no judged draft is labelled as breaking the rule. */
  recall: number | null;
}

export interface JudgedDraft {
  id: string;
  /** Judged rules the labels say the draft breaks. */
  expected: string[];
  /** Judged rules the judge says the draft breaks; empty when the call failed. */
  found: string[];
  reasons: Record<string, string>;
  /** Why the judge could not rule on this draft; such drafts count in no figure. */
  error: string | null;
}

export interface JudgeCalibrationReport {
  model: string;
  rules: JudgeRuleAgreement[];
  drafts: JudgedDraft[];
  usage: Usage;
}

export interface JudgeCalibrationOptions {
  /** Drafts judged at once. */
  concurrency: number;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Judges every draft (failures are recorded per draft, never thrown) and compares verdicts with the labels. */
export async function judgeCalibration(set: CalibrationSet, judge: Judge, options: JudgeCalibrationOptions): Promise<JudgeCalibrationReport> {
  const results = await runPool(set.drafts, options.concurrency, async (draft): Promise<Judgement | Error> => {
    try {
      return await judge.judge(draft);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
  const drafts = set.drafts.map((draft, index): JudgedDraft => {
    const result = results[index];
    const expected = JUDGED_RULE_IDS.filter((id) => draft.breaks.includes(id));
    if (result === undefined || result instanceof Error) {
      return { id: draft.id, expected, found: [], reasons: {}, error: result?.message ?? 'not judged' };
    }
    const found = result.verdicts.filter((verdict) => verdict.breaks).map((verdict) => verdict.ruleId);
    const reasons = Object.fromEntries(result.verdicts.map((verdict) => [verdict.ruleId, verdict.reason]));
    return { id: draft.id, expected, found, reasons, error: null };
  });
  const judged = drafts.filter((draft) => draft.error === null);
  const rules = JUDGED_RULE_IDS.map((id): JudgeRuleAgreement => {
    const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const draft of judged) {
      const expected = draft.expected.includes(id);
      const found = draft.found.includes(id);
      counts[expected ? (found ? 'tp' : 'fn') : found ? 'fp' : 'tn'] += 1;
    }
    const { tp, fp, fn, tn } = counts;
    return { id, ...counts, agreement: ratio(tp + tn, judged.length), precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
  });
  const calls = results.flatMap((result) => (result === undefined || result instanceof Error ? [] : result.usage.calls));
  return { model: judge.model, rules, drafts, usage: totalUsage(calls) };
}
