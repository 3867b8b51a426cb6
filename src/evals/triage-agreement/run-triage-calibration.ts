/**
 * The triage calibration: measures triage on the labelled shared posts and gates on the committed
 * baseline (evals/labels/triage-baseline.json), or rewrites the baseline when asked.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BidwrightError } from '../../domain/errors.ts';
import type { Engine, ProofRanker } from '../../domain/ports.ts';
import { Profile, ProofItem } from '../../domain/schemas.ts';
import { readJsonFile } from '../read-json-file.ts';
import { loadSharedPosts } from '../shared-posts.ts';
import { TriageFigures, triageDrops, triageFigures } from './figures.ts';
import { measureTriage, type TriageAgreement } from './measure-triage.ts';
import { loadTriageLabels } from './triage-label.ts';

export interface RunTriageCalibrationOptions {
  labelsFile: string;
  /** The shared posts (JSON lines); missing means the measurement cannot run. */
  postsFile: string;
  /** evals/fixtures, with profiles/ and libraries/. */
  fixturesDir: string;
  baselineFile: string;
  updateBaseline: boolean;
  engine: Engine;
  ranker: ProofRanker;
}

export interface TriageCalibrationOutcome {
  agreement: TriageAgreement;
  figures: TriageFigures;
  drops: string[];
  passed: boolean;
  baselineWritten: boolean;
}

/** Measures, then gates on the baseline (or writes it). A missing baseline fails rather than passing silently. */
export async function runTriageCalibration(options: RunTriageCalibrationOptions): Promise<TriageCalibrationOutcome> {
  const labels = await loadTriageLabels(options.labelsFile);
  const posts = loadSharedPosts(options.postsFile);
  if (posts === null)
    throw new BidwrightError('NOT_FOUND', `The shared posts file ${options.postsFile} is missing; the labels describe posts kept outside the repository.`);
  const profile = await readJsonFile(join(options.fixturesDir, 'profiles', `${labels.profile}.json`), Profile, 'The profile fixture');
  const library = await readJsonFile(join(options.fixturesDir, 'libraries', `${labels.library}.json`), z.array(ProofItem), 'The library fixture');
  const agreement = await measureTriage(posts, labels.labels, { engine: options.engine, ranker: options.ranker, profile, library });
  const figures = triageFigures(agreement);
  if (options.updateBaseline) {
    await writeFile(options.baselineFile, `${JSON.stringify(figures, null, 2)}\n`, 'utf8');
    return { agreement, figures, drops: [], passed: true, baselineWritten: true };
  }
  const baseline = await readJsonFile(options.baselineFile, TriageFigures, 'The triage baseline');
  const drops = triageDrops(figures, baseline);
  return { agreement, figures, drops, passed: drops.length === 0, baselineWritten: false };
}
