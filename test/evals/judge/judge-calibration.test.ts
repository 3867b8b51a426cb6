import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/evals/calibration/calibrate.ts';
import { BidwrightError } from '../../../src/domain/errors.ts';
import type { Judge } from '../../../src/evals/judge/create-judge.ts';
import { formatJudgeCalibration } from '../../../src/evals/judge/format-judge-calibration.ts';
import { judgeCalibration } from '../../../src/evals/judge/judge-calibration.ts';
import { JUDGED_RULE_IDS } from '../../../src/evals/judge/judged-rules.ts';
import { draft } from './fixtures.ts';

// Four drafts; the fake judge breaks the rules listed per draft id, and fails on "broken".
const SET = {
  drafts: [
    draft('both-right', 'One.', ['P03']),
    draft('judge-extra', 'Two.', []),
    draft('judge-miss', 'Three.', ['P03', 'P08']),
    draft('broken', 'Four.', ['P01']),
  ],
};
const SAYS: Record<string, string[]> = { 'both-right': ['P03'], 'judge-extra': ['P03'], 'judge-miss': ['P08'] };

function fakeJudge(): Judge {
  return {
    model: 'fake-judge',
    judge: async (labelled) => {
      const says = SAYS[labelled.id];
      if (says === undefined) throw new BidwrightError('LLM_OUTPUT_INVALID', 'the reply did not fit');
      const calls = [{ model: 'fake-judge', purpose: 'judge', inputTokens: 10, outputTokens: 2, costUsd: 0.001 }];
      return {
        draftId: labelled.id,
        verdicts: JUDGED_RULE_IDS.map((ruleId) => ({ ruleId, breaks: says.includes(ruleId), reason: `about ${ruleId}` })),
        usage: { calls, inputTokens: 10, outputTokens: 2, costUsd: 0.001 },
      };
    },
  };
}

describe('judgeCalibration', () => {
  it('computes agreement, precision and recall per judged rule from the drafts it could judge', async () => {
    const report = await judgeCalibration(SET, fakeJudge(), { concurrency: 2 });
    const p03 = report.rules.find((rule) => rule.id === 'P03');
    // P03 over 3 judged drafts: tp both-right, fp judge-extra, fn judge-miss.
    expect(p03).toEqual({ id: 'P03', tp: 1, fp: 1, fn: 1, tn: 0, agreement: 1 / 3, precision: 0.5, recall: 0.5 });
    expect(report.rules.find((rule) => rule.id === 'P08')).toEqual({ id: 'P08', tp: 1, fp: 0, fn: 0, tn: 2, agreement: 1, precision: 1, recall: 1 });
    // The failed draft carries the only P01 label, so P01 has nothing to recall.
    expect(report.rules.find((rule) => rule.id === 'P01')).toMatchObject({ tp: 0, fp: 0, fn: 0, tn: 3, agreement: 1, precision: null, recall: null });
    expect(report.drafts.find((entry) => entry.id === 'broken')?.error).toContain('did not fit');
    expect(report.usage).toMatchObject({ inputTokens: 30, outputTokens: 6 });
    expect(report.usage.costUsd).toBeCloseTo(0.003);
  });

  it('prints the judge figures beside the rubric rule figures, with disagreements and failures', async () => {
    const report = await judgeCalibration(SET, fakeJudge(), { concurrency: 1 });
    const text = formatJudgeCalibration(report, calibrate(SET));
    expect(text).toContain('Model judge (fake-judge) on 3 of 4 labelled drafts');
    expect(text).toMatch(/rule\s+judge agree\s+judge prec\s+judge recall\s+rule prec\s+rule recall/);
    expect(text).toMatch(/^P03\s+0\.33\s+0\.50\s+0\.50\s+/m);
    expect(text).toContain('judge-extra: extra P03');
    expect(text).toContain('judge-miss: missed P03');
    expect(text).toContain('broken: not judged');
    expect(text).not.toContain('both-right:');
  });
});
