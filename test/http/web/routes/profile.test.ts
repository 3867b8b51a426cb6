import { describe, expect, it } from 'vitest';
import { fieldErrorText, inputValue, makeWebApp, postForm, textareaValue } from '../web-app.ts';

const PROFILE_FORM = {
  name: 'Sam Okafor',
  headline: 'I make small online shops fast on phones',
  niche: 'WooCommerce speed for local businesses',
  rateFloor: '40',
  targetRate: '$65',
  currency: 'eur',
  skills: 'WooCommerce, PHP, Performance',
  tone: 'direct',
  avoidWords: 'synergy, rockstar',
  allowedLinks: 'https://example.org/portfolio\n\nhttps://example.org/cases',
};

describe('profile page', () => {
  it('shows the stored profile in the form', async () => {
    const { app, store } = await makeWebApp();
    await store.setProfile({ ...(await store.getProfile()), name: 'Rin Alvarez', rateFloor: 55, allowedLinks: ['https://a.example', 'https://b.example'] });
    const page = await (await app.request('/profile')).text();
    expect(inputValue(page, 'name')).toBe('Rin Alvarez');
    expect(inputValue(page, 'rateFloor')).toBe('55');
    expect(textareaValue(page, 'allowedLinks')).toBe('https://a.example\nhttps://b.example');
  });

  it('saves every field and redirects back with a confirmation', async () => {
    const { app, store } = await makeWebApp();
    const response = await postForm(app, '/profile', PROFILE_FORM);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/profile?saved=1');
    expect(await store.getProfile()).toEqual({
      name: 'Sam Okafor',
      headline: 'I make small online shops fast on phones',
      niche: 'WooCommerce speed for local businesses',
      rateFloor: 40,
      targetRate: 65,
      currency: 'EUR',
      skills: ['WooCommerce', 'PHP', 'Performance'],
      tone: 'direct',
      avoidWords: ['synergy', 'rockstar'],
      allowedLinks: ['https://example.org/portfolio', 'https://example.org/cases'],
    });
    expect(await (await app.request('/profile?saved=1')).text()).toContain('Profile saved.');
  });

  it('clears a rate when its field is left blank', async () => {
    const { app, store } = await makeWebApp();
    await store.setProfile({ ...(await store.getProfile()), rateFloor: 30 });
    await postForm(app, '/profile', { ...PROFILE_FORM, rateFloor: '' });
    expect((await store.getProfile()).rateFloor).toBeNull();
  });

  it('puts a bad rate next to its field, keeps the input and saves nothing', async () => {
    const { app, store } = await makeWebApp();
    const before = await store.getProfile();
    const response = await postForm(app, '/profile', { ...PROFILE_FORM, rateFloor: 'forty' });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(fieldErrorText(page, 'rateFloor')).toMatch(/must be a number/);
    expect(inputValue(page, 'rateFloor')).toBe('forty');
    expect(inputValue(page, 'name')).toBe('Sam Okafor');
    expect(await store.getProfile()).toEqual(before);
  });

  it('reports an invalid currency from the core next to the currency field', async () => {
    const { app } = await makeWebApp();
    const response = await postForm(app, '/profile', { ...PROFILE_FORM, currency: 'euro' });
    expect(response.status).toBe(400);
    expect(fieldErrorText(await response.text(), 'currency')).toMatch(/three-letter/);
  });
});
