/** Rubric calibration: the labelled draft set, precision and recall per rule, and the gate. */
export { calibrate, type CalibrationReport, type DraftCalibration, type RuleCalibration } from './calibrate.ts';
export { CalibrationDraft, CalibrationFile, type CalibrationSet, type LabelledDraft } from './calibration-set.ts';
export { CalibrationBaseline, compareCalibration, toBaseline, type CalibrationDrop } from './compare-calibration.ts';
export { formatCalibration } from './format-calibration.ts';
export { DEFAULT_CALIBRATION_DIR, loadCalibrationSet, resolveCalibrationSet } from './load-calibration-set.ts';
export { runCalibration, type CalibrationOutcome, type RunCalibrationOptions } from './run-calibration.ts';
