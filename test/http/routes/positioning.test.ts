import { describe, expect, it } from 'vitest';
import { PositioningSuggestion } from '../../../src/domain/positioning.ts';
import { Profile } from '../../../src/domain/schemas.ts';
import { buildApp, jsonRequest, problemOf } from '../helpers.ts';

describe('POST /api/profile/suggestions', () => {
  it('suggests positioning from the tasks given, resting on the library', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/profile/suggestions', jsonRequest('POST', { tasks: ['Write blog posts', 'Data cleaning'] }));
    expect(response.status).toBe(200);
    const result = PositioningSuggestion.parse(await response.json());
    expect(result.tasks.items.map((item) => item.task)).toEqual(['Write blog posts', 'Data cleaning']);
    expect(result.service.task).toBe('Data cleaning');
    expect(result.service.proof.map((item) => item.id)).toEqual(['crm-dedupe', 'stock-sheet-rebuild']);
    expect(result.headline).toMatch(/2,400|137/);
  });

  it('uses the profile skills when no tasks are given', async () => {
    const { app, store } = buildApp();
    await store.setProfile(Profile.parse({ skills: ['Google Sheets', 'Data Cleaning'] }));
    const result = PositioningSuggestion.parse(await (await app.request('/api/profile/suggestions', jsonRequest('POST', {}))).json());
    expect(result.tasks.items.map((item) => item.task)).toEqual(['Google Sheets', 'Data Cleaning']);
  });

  it('answers 400 in plain words when there is nothing to position', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/profile/suggestions', jsonRequest('POST', {}));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toMatch(/Nothing to position yet/);
  });

  it('is described in the OpenAPI document', async () => {
    const { app } = buildApp();
    const document = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toContain('/api/profile/suggestions');
  });
});
