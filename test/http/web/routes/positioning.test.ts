import { describe, expect, it } from 'vitest';
import { Profile } from '../../../../src/domain/schemas.ts';
import { BAKERY_PROOF, fieldErrorText, makeWebApp, postForm, unescapeHtml } from '../web-app.ts';

describe('positioning page', () => {
  it('shows the headline, the niche, the tasks by exposure and the repackaged service', async () => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    const response = await postForm(app, '/profile/suggest', { tasks: 'Speed up WooCommerce sites\nData entry from PDFs' });
    expect(response.status).toBe(200);
    const page = unescapeHtml(await response.text());
    expect(page).toContain('<h3>Headline</h3>');
    expect(page).toContain('Your tasks by AI exposure');
    expect(page).toContain('Automatable');
    expect(page).toContain('One service, repackaged around a measurable outcome');
    expect(page).toContain('<code>woo-speed-rescue</code>');
  });

  it('writes a suggested headline into the profile', async () => {
    const { app, store } = await makeWebApp();
    await store.setProfile(Profile.parse({ name: 'Ada', headline: 'Old headline' }));
    const response = await postForm(app, '/profile/suggest/use', { field: 'headline', value: 'Orders that arrive | Shopify' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/profile?saved=1');
    expect(await store.getProfile()).toMatchObject({ name: 'Ada', headline: 'Orders that arrive | Shopify' });
  });

  it('asks for tasks or skills beside the tasks field when there is nothing to position', async () => {
    const { app } = await makeWebApp();
    const response = await postForm(app, '/profile/suggest', { tasks: '' });
    expect(response.status).toBe(400);
    expect(fieldErrorText(await response.text(), 'tasks')).toMatch(/Nothing to position yet/);
  });
});
