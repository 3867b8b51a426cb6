/**
 * Measures the proposal rules against the labelled drafts: per rule the confusion counts and its
 * precision and recall, and per draft which labels the rubric missed and which findings it added.
 */
import { RELEVANCE } from '../../domain/judgement.ts';
import { createProofRanker } from '../../retrieval/proof-ranker.ts';
import { scoreProposal } from '../../rubric/run-rubric.ts';
import { proposalRules } from '../../rubric/proposal/index.ts';
import type { RubricConfig } from '../../rubric/types.ts';
import type { CalibrationSet } from './calibration-set.ts';

export interface RuleCalibration {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** tp / (tp + fp); null when the rule never fired (nothing to be precise about). */
  precision: number | null;
  /** tp / (tp + fn); null when no draft is labelled as breaking the rule. */
  recall: number | null;
}

export interface DraftCalibration {
  id: string;
  expected: string[];
  found: string[];
  /** Labelled but not found: the rubric's false negatives on this draft. */
  misses: string[];
  /** Found but not labelled: the rubric's false positives on this draft. */
  extras: string[];
}

export interface CalibrationReport {
  rules: RuleCalibration[];
  drafts: DraftCalibration[];
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * Scores every draft with the proposal rules, given the proof relevance retrieval judges for its
 * post (a disabled rule counts as finding nothing, so breaking a rule shows up as lost recall),
 * and compares the findings with the labels.
 */
export function calibrate(set: CalibrationSet, config: RubricConfig = {}): CalibrationReport {
  const ids = proposalRules.map((rule) => rule.id);
  const ranker = createProofRanker();
  const drafts: DraftCalibration[] = set.drafts.map((draft) => {
    // Relevance judged as lint judges it, so P07 and P26 see what they see in use.
    const relevant = draft.post === null ? undefined : ranker.rank(draft.proof, draft.post, RELEVANCE.rubricDepth).map((ranked) => ranked.match);
    const context = {
      post: draft.post,
      proof: draft.proof,
      ...(relevant && { relevant }),
      profile: draft.profile,
      earlierDrafts: draft.earlierDrafts,
      accepted: draft.accepted,
    };
    const { findings } = scoreProposal(draft.subject, context, config);
    const found = ids.filter((id) => findings.some((finding) => finding.ruleId === id));
    const expected = ids.filter((id) => draft.breaks.includes(id));
    return {
      id: draft.id,
      expected,
      found,
      misses: expected.filter((id) => !found.includes(id)),
      extras: found.filter((id) => !expected.includes(id)),
    };
  });
  const rules = ids.map((id): RuleCalibration => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (const draft of drafts) {
      const expected = draft.expected.includes(id);
      const found = draft.found.includes(id);
      if (expected && found) tp += 1;
      else if (found) fp += 1;
      else if (expected) fn += 1;
      else tn += 1;
    }
    return { id, tp, fp, fn, tn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
  });
  return { rules, drafts };
}
