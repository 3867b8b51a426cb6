import { describe, expect, it } from 'vitest';
import { CaseStudy } from '../../../src/domain/schemas.ts';
import { buildApp, jsonRequest, problemOf } from '../helpers.ts';

const NOTES = `Client: a bakery chain with six shops. Their weekly ordering sheet double-counted flour deliveries.
I rebuilt the sheet with one row per delivery and a check against supplier invoices.
Waste fell from 9% to 4% over two months.`;

describe('POST /api/case-studies', () => {
  it('turns notes into a proof item draft with the id asked for and numbers to confirm', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/case-studies', jsonRequest('POST', { notes: NOTES, id: 'bakery-orders' }));
    expect(response.status).toBe(200);
    const study = CaseStudy.parse(await response.json());
    expect(study.proof.id).toBe('bakery-orders');
    expect(study.unconfirmedMetrics.map((metric) => metric.value).join(' ')).toMatch(/9%|4%/);
  });

  it('refuses empty notes and a malformed id', async () => {
    const { app } = buildApp();
    expect((await app.request('/api/case-studies', jsonRequest('POST', { notes: '' }))).status).toBe(400);
    const bad = await app.request('/api/case-studies', jsonRequest('POST', { notes: NOTES, id: 'no spaces please' }));
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors).toEqual([expect.objectContaining({ path: ['id'] })]);
  });
});
