import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/evals/calibration/calibrate.ts';
import type { CalibrationSet, LabelledDraft } from '../../../src/evals/calibration/calibration-set.ts';
import { compareCalibration, toBaseline } from '../../../src/evals/calibration/compare-calibration.ts';
import { formatCalibration } from '../../../src/evals/calibration/format-calibration.ts';
import { Profile } from '../../../src/domain/schemas.ts';

const profile = Profile.parse({ name: 'Ira Moss', skills: ['Python'] });

function draft(id: string, text: string, breaks: string[]): LabelledDraft {
  return { id, subject: { text, citations: [], screeningAnswers: [] }, post: null, proof: [], profile, earlierDrafts: [], accepted: [], breaks };
}

// Three tiny drafts: one leaks an email (P14 labelled and found), one is labelled P14 but has no
// contact detail the rule can see (a miss), one has an email but is labelled clean (an extra).
const tiny: CalibrationSet = {
  drafts: [
    draft('leaks-email', 'Write to ira.moss@example.org about the export.', ['P14']),
    draft('labelled-only', 'Find me elsewhere, you know where.', ['P14']),
    draft('unlabelled-email', 'My address is ira@example.net for the files.', []),
  ],
};

describe('calibrate', () => {
  it('counts true and false positives and negatives per rule against the labels', () => {
    const report = calibrate(tiny);
    const p14 = report.rules.find((rule) => rule.id === 'P14');
    expect(p14).toEqual({ id: 'P14', tp: 1, fp: 1, fn: 1, tn: 0, precision: 0.5, recall: 0.5 });
  });

  it('lists per draft what was expected, found, missed and extra', () => {
    const report = calibrate(tiny);
    const byId = new Map(report.drafts.map((entry) => [entry.id, entry]));
    expect(byId.get('labelled-only')?.misses).toEqual(['P14']);
    expect(byId.get('unlabelled-email')?.extras).toContain('P14');
    expect(byId.get('leaks-email')?.expected).toEqual(['P14']);
    expect(byId.get('leaks-email')?.found).toContain('P14');
  });

  it('gives no precision to a rule that never fired and no recall to a rule nobody labelled', () => {
    const report = calibrate(tiny);
    const p21 = report.rules.find((rule) => rule.id === 'P21');
    expect(p21?.precision).toBeNull();
    expect(p21?.recall).toBeNull();
  });

  it('counts a disabled rule as finding nothing, so its recall drops and the gate flags it', () => {
    const baseline = toBaseline(calibrate(tiny));
    const broken = calibrate(tiny, { disabled: ['P14'] });
    expect(broken.rules.find((rule) => rule.id === 'P14')?.recall).toBe(0);
    const drops = compareCalibration(broken, baseline);
    expect(drops).toContainEqual({ id: 'P14', metric: 'recall', baseline: 0.5, current: 0 });
    expect(drops).toContainEqual({ id: 'P14', metric: 'precision', baseline: 0.5, current: null });
  });

  it('passes the gate when nothing changed', () => {
    expect(compareCalibration(calibrate(tiny), toBaseline(calibrate(tiny)))).toEqual([]);
  });

  it('fails a rule the set measures but the baseline lacks, so a new rule cannot go unguarded', () => {
    const report = calibrate(tiny);
    const baseline = toBaseline(report);
    delete baseline.rules.P14;
    const drops = compareCalibration(report, baseline);
    expect(drops.map((drop) => [drop.id, drop.metric, drop.ungated])).toEqual([
      ['P14', 'precision', true],
      ['P14', 'recall', true],
    ]);
    expect(formatCalibration(report, drops)).toContain('P14 recall: n/a -> 0.50 (not in the baseline: add it with the update-baseline option)');
  });
});

describe('formatCalibration', () => {
  it('prints a row per rule and names the drafts the rubric disagrees with', () => {
    const text = formatCalibration(calibrate(tiny));
    expect(text).toMatch(/P14\s+1\s+1\s+1\s+0\s+0\.50\s+0\.50/);
    expect(text).toContain('labelled-only: missed P14');
    expect(text).toContain('Calibration gate: passed');
  });

  it('prints each drop when the gate fails', () => {
    const text = formatCalibration(calibrate(tiny), [{ id: 'P14', metric: 'recall', baseline: 0.5, current: 0 }]);
    expect(text).toContain('Calibration gate: FAILED (1 drop(s))');
    expect(text).toContain('- P14 recall: 0.50 -> 0.00');
  });
});
