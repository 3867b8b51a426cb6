import { describe, expect, it } from 'vitest';
import { Profile } from '../../../src/domain/schemas.ts';
import { buildApp, jsonRequest, problemOf } from '../helpers.ts';

describe('/api/profile', () => {
  it('reads the default profile', async () => {
    const { app } = buildApp();
    expect(Profile.parse(await (await app.request('/api/profile')).json())).toEqual(Profile.parse({}));
  });

  it('updates only the fields given and returns the whole profile', async () => {
    const { app, store } = buildApp();
    await store.setProfile(Profile.parse({ name: 'Ada', skills: ['Excel'] }));
    const response = await app.request('/api/profile', jsonRequest('PUT', { rateFloor: 40, tone: 'warm' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'Ada', skills: ['Excel'], rateFloor: 40, tone: 'warm' });
    expect((await store.getProfile()).rateFloor).toBe(40);
  });

  it('answers 400 with the reason when the target rate would fall below the stored rate floor, and keeps the profile', async () => {
    const { app, store } = buildApp();
    await store.setProfile(Profile.parse({ rateFloor: 50, targetRate: 80 }));
    const response = await app.request('/api/profile', jsonRequest('PUT', { targetRate: 30 }));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toMatch(/target rate \(30\) is below the rate floor \(50\)/);
    expect((await store.getProfile()).targetRate).toBe(80);
  });

  it('answers 400 for a link that is not a web address', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/profile', jsonRequest('PUT', { allowedLinks: ['javascript:alert(1)'] }));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await problemOf(response))).toMatch(/https:\/\//);
  });

  it('leaves every field the PUT leaves out as stored, defaults included', async () => {
    const { app, store } = buildApp();
    const stored = Profile.parse({
      name: 'Ada',
      headline: 'Spreadsheet rescue',
      rateFloor: 40,
      targetRate: 90,
      currency: 'EUR',
      skills: ['Excel'],
      tone: 'warm',
      avoidWords: ['synergy'],
      allowedLinks: ['https://ada.example'],
    });
    await store.setProfile(stored);
    const response = await app.request('/api/profile', jsonRequest('PUT', { rateFloor: 50 }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...stored, rateFloor: 50 });
    expect(await store.getProfile()).toEqual({ ...stored, rateFloor: 50 });
  });

  it('clears a rate with an explicit null, and changes nothing on an empty object', async () => {
    const { app, store } = buildApp();
    const stored = Profile.parse({ name: 'Ada', rateFloor: 40, targetRate: 90 });
    await store.setProfile(stored);
    expect((await app.request('/api/profile', jsonRequest('PUT', {}))).status).toBe(200);
    expect(await store.getProfile()).toEqual(stored);
    await app.request('/api/profile', jsonRequest('PUT', { targetRate: null }));
    expect(await store.getProfile()).toEqual({ ...stored, targetRate: null });
  });

  it('rejects an unknown field and a wrong type, changing nothing', async () => {
    const { app, store } = buildApp();
    const typo = await app.request('/api/profile', jsonRequest('PUT', { rateFlor: 40 }));
    expect(typo.status).toBe(400);
    expect(String((await problemOf(typo)).detail)).toContain('rateFlor');
    const wrong = await app.request('/api/profile', jsonRequest('PUT', { rateFloor: 'forty' }));
    expect(wrong.status).toBe(400);
    expect((await problemOf(wrong)).errors).toEqual([expect.objectContaining({ path: ['rateFloor'] })]);
    expect(await store.getProfile()).toEqual(Profile.parse({}));
  });
});
