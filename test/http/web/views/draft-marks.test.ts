import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/domain/schemas.ts';
import { placeMarks, segments } from '../../../../src/http/web/views/draft-marks.ts';

const finding = (ruleId: string, evidence: string | null, severity: Finding['severity'] = 'warn'): Finding => ({ ruleId, severity, message: 'm', evidence });

describe('placeMarks', () => {
  it('marks the first occurrence of each finding, ignoring case, and lists the rest beside the text', () => {
    const text = 'We leverage data. Leverage again. I am passionate.';
    const { marks, beside } = placeMarks(text, [
      finding('P18', 'passionate'),
      finding('P16', 'LEVERAGE'),
      finding('P21', 'overlap 0.62 with draft 3f2a9c1b2d3e4f50 (limit 0.5)'),
    ]);
    expect(marks.map((mark) => [mark.finding.ruleId, text.slice(mark.start, mark.end)])).toEqual([
      ['P16', 'leverage'],
      ['P18', 'passionate'],
    ]);
    expect(beside.map((entry) => entry.ruleId)).toEqual(['P21']);
  });

  it('reads a clipped quote without its "...", and lists beside the text a finding whose words a narrower mark holds', () => {
    const text = 'Hi, I am Ada and I will delve into your shop.';
    const { marks, beside } = placeMarks(text, [finding('P03', text, 'error'), finding('P02', 'Hi, I am Ada...', 'error'), finding('P16', 'delve')]);
    expect(marks.map((mark) => mark.finding.ruleId)).toEqual(['P02', 'P16']);
    expect(beside.map((entry) => entry.ruleId)).toEqual(['P03']);
    expect(segments(text, marks).map((run) => run.text)).toEqual(['Hi, I am Ada', ' and I will ', 'delve', ' into your shop.']);
  });

  // Its time on this draft is measured by bench/hostile-inputs.ts, not here.
  it('lists beside a 200 KB hostile draft a finding whose evidence nearly occurs in it', () => {
    const text = 'a'.repeat(200_000);
    expect(placeMarks(text, [finding('P16', `${'a'.repeat(1000)}b`)]).beside).toHaveLength(1);
  });
});
