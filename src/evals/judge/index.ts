/** The optional model judge for the rubric rules that need judgement, and its agreement with the labels. */
export { createJudge, type Judge, type JudgeOptions, type Judgement } from './create-judge.ts';
export { createConfiguredJudge, createJudgeModel } from './create-judge-model.ts';
export { formatJudgeCalibration } from './format-judge-calibration.ts';
export { judgeCalibration, type JudgeCalibrationOptions, type JudgeCalibrationReport, type JudgedDraft, type JudgeRuleAgreement } from './judge-calibration.ts';
export { checkVerdicts, JUDGED_RULE_IDS, JUDGED_RULES, JudgeOutput, JudgeVerdict, type JudgedRuleId } from './judged-rules.ts';
export { judgeView, type JudgeView } from './judge-view.ts';
