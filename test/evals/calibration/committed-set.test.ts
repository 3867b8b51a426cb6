import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CalibrationFile } from '../../../src/evals/calibration/calibration-set.ts';
import { CalibrationBaseline } from '../../../src/evals/calibration/compare-calibration.ts';
import { DEFAULT_CALIBRATION_DIR, loadCalibrationSet } from '../../../src/evals/calibration/load-calibration-set.ts';
import { runCalibration } from '../../../src/evals/calibration/run-calibration.ts';
import { proposalRules } from '../../../src/rubric/proposal/index.ts';

const read = (name: string): unknown => JSON.parse(readFileSync(join(DEFAULT_CALIBRATION_DIR, name), 'utf8'));

describe('the committed calibration set', () => {
  it('validates and holds at least 30 drafts, good and bad', () => {
    const file = CalibrationFile.parse(read('drafts.json'));
    expect(file.drafts.length).toBeGreaterThanOrEqual(30);
    expect(file.drafts.filter((entry) => entry.breaks.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it('labels at least one draft as breaking every proposal rule', () => {
    const file = CalibrationFile.parse(read('drafts.json'));
    const labelled = new Set(file.drafts.flatMap((entry) => entry.breaks));
    for (const rule of proposalRules) expect(labelled, rule.id).toContain(rule.id);
  });

  it('loads with its own library and profile and resolves earlier drafts', async () => {
    const set = await loadCalibrationSet();
    expect(set.drafts[0]?.proof.length).toBeGreaterThan(0);
    expect(set.drafts[0]?.profile.name).not.toBe('');
    expect(set.drafts.some((entry) => entry.earlierDrafts.length > 0)).toBe(true);
  });

  it('matches the committed baseline, and a rule run with a broken threshold fails the gate', async () => {
    expect(() => CalibrationBaseline.parse(read('baseline.json'))).not.toThrow();
    const current = await runCalibration();
    expect(current.drops).toEqual([]);
    expect(current.passed).toBe(true);
    // A length band that no longer warns on long drafts loses P13's recall.
    const broken = await runCalibration({ config: { thresholds: { P13: { warnOver: 5000 } } } });
    expect(broken.passed).toBe(false);
    expect(broken.drops.map((drop) => `${drop.id}:${drop.metric}`)).toContain('P13:recall');
  });

  it('writes a baseline on request and fails when none exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-cal-'));
    cpSync(DEFAULT_CALIBRATION_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'baseline.json'), '');
    const missing = join(dir, 'none.json');
    await expect(runCalibration({ dir, baselineFile: missing })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const written = await runCalibration({ dir, baselineFile: missing, updateBaseline: true });
    expect(written.baselineWritten).toBe(true);
    expect(CalibrationBaseline.parse(JSON.parse(readFileSync(missing, 'utf8'))).rules.P14).toBeDefined();
  });

  it('rejects a set whose draft names an earlier draft that does not exist', () => {
    const file = read('drafts.json') as { drafts: { earlierDrafts?: string[] }[] };
    file.drafts[0]!.earlierDrafts = ['no-such-draft'];
    expect(CalibrationFile.safeParse(file).success).toBe(false);
  });
});
