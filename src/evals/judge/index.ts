/** The optional model judge for the rubric rules that need judgement, and its agreement with the labels. */
export { createConfiguredJudge } from './create-judge-model.ts';
export { formatJudgeCalibration } from './format-judge-calibration.ts';
export { judgeCalibration } from './judge-calibration.ts';
