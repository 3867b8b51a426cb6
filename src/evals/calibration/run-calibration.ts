/**
 * Runs the calibration: loads the labelled set, measures the rubric on it, and gates on the
 * committed baseline (`evals/calibration/baseline.json`), or rewrites the baseline when asked.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BidwrightError } from '../../domain/errors.ts';
import type { RubricConfig } from '../../rubric/types.ts';
import { calibrate } from './calibrate.ts';
import type { CalibrationReport } from './calibrate.ts';
import { CalibrationBaseline, compareCalibration, toBaseline } from './compare-calibration.ts';
import type { CalibrationDrop } from './compare-calibration.ts';
import { DEFAULT_CALIBRATION_DIR, loadCalibrationSet } from './load-calibration-set.ts';

export interface RunCalibrationOptions {
  /** The folder with drafts.json, its library and profile files, and baseline.json. */
  dir?: string;
  /** Rubric config to measure under (a disabled rule finds nothing). */
  config?: RubricConfig;
  /** The baseline file; defaults to `<dir>/baseline.json`. */
  baselineFile?: string;
  /** Write the current figures as the new baseline instead of gating on the old one. */
  updateBaseline?: boolean;
}

export interface CalibrationOutcome {
  report: CalibrationReport;
  /** Rules whose precision or recall fell below the baseline; empty when the gate passes. */
  drops: CalibrationDrop[];
  passed: boolean;
  baselineFile: string;
  /** True when the baseline was (re)written by this run. */
  baselineWritten: boolean;
}

async function readBaseline(path: string): Promise<CalibrationBaseline | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  const parsed = CalibrationBaseline.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new BidwrightError('INVALID_INPUT', `${path} is not a calibration baseline; regenerate it with the update-baseline option.`);
  }
  return parsed.data;
}

/**
 * Measures the rubric on the labelled set. Without a baseline file the gate cannot compare and
 * fails, so a lost baseline is noticed rather than passing silently.
 */
export async function runCalibration(options: RunCalibrationOptions = {}): Promise<CalibrationOutcome> {
  const dir = options.dir ?? DEFAULT_CALIBRATION_DIR;
  const baselineFile = options.baselineFile ?? join(dir, 'baseline.json');
  const report = calibrate(await loadCalibrationSet(dir), options.config);
  if (options.updateBaseline === true) {
    await writeFile(baselineFile, `${JSON.stringify(toBaseline(report), null, 2)}\n`, 'utf8');
    return { report, drops: [], passed: true, baselineFile, baselineWritten: true };
  }
  const baseline = await readBaseline(baselineFile);
  if (baseline === null) {
    throw new BidwrightError('NOT_FOUND', `No calibration baseline at ${baselineFile}; create it with the update-baseline option and commit it.`);
  }
  const drops = compareCalibration(report, baseline);
  return { report, drops, passed: drops.length === 0, baselineFile, baselineWritten: false };
}
