import { describe, expect, it } from 'vitest';
import { LintReport } from '../../../src/domain/schemas.ts';
import { buildApp, JOB_POST, jsonRequest, problemOf } from '../helpers.ts';

describe('POST /api/lint', () => {
  it('finds rubric failures in a throat-clearing draft with contact details', async () => {
    const { app } = buildApp();
    const text = 'Hi, I am a hardworking freelancer. Email me at someone@example.com and I will do it.';
    const response = await app.request('/api/lint', jsonRequest('POST', { text, jobPost: JOB_POST, citations: ['stock-sheet-rebuild'] }));
    expect(response.status).toBe(200);
    const report = LintReport.parse(await response.json());
    const ids = report.findings.map((finding) => finding.ruleId);
    expect(ids).toContain('P02');
    expect(ids).toContain('P14');
    expect(report.errors).toBe(report.findings.filter((finding) => finding.severity === 'error').length);
  });

  it('refuses an empty draft, and citations that are not ids', async () => {
    const { app } = buildApp();
    const empty = await app.request('/api/lint', jsonRequest('POST', { text: '' }));
    expect(empty.status).toBe(400);
    expect((await problemOf(empty)).detail).toContain('The draft is empty: paste the proposal text to check.');
    const bad = await app.request('/api/lint', jsonRequest('POST', { text: 'A draft.', citations: ['has space'] }));
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors).toEqual([expect.objectContaining({ path: ['citations', 0] })]);
  });
});
