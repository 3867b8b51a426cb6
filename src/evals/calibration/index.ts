/** Rubric calibration: the labelled draft set, precision and recall per rule, and the gate. */
export { formatCalibration } from './format-calibration.ts';
export { loadCalibrationSet } from './load-calibration-set.ts';
export { runCalibration } from './run-calibration.ts';
