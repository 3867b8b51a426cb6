import { describe, expect, it } from 'vitest';
import { Offer } from '../../../src/domain/schemas.ts';
import { buildApp, jsonRequest, problemOf } from '../helpers.ts';

describe('POST /api/offers', () => {
  it('rewrites a task offer into an outcome-led offer', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/offers', jsonRequest('POST', { offer: 'Clean up spreadsheets' }));
    expect(response.status).toBe(200);
    const offer = Offer.parse(await response.json());
    expect(offer.input).toBe('Clean up spreadsheets');
    expect(offer.deliverables.length).toBeGreaterThan(0);
    expect(offer.engine).toBe('offline');
  });

  it('refuses an empty offer and a number with 400', async () => {
    const { app } = buildApp();
    const empty = await app.request('/api/offers', jsonRequest('POST', { offer: '  ' }));
    expect(empty.status).toBe(400);
    expect((await problemOf(empty)).detail).toContain('The offer is empty: describe the task you sell');
    const wrong = await app.request('/api/offers', jsonRequest('POST', { offer: 7 }));
    expect(wrong.status).toBe(400);
    expect((await problemOf(wrong)).errors).toEqual([expect.objectContaining({ path: ['offer'] })]);
  });
});
