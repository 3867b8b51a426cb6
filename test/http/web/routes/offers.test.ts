import { describe, expect, it } from 'vitest';
import { BAKERY_PROOF, fieldErrorText, makeWebApp, postForm, textareaValue } from '../web-app.ts';

describe('offers page', () => {
  it('rewrites a task offer into an outcome-led one with its findings', async () => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    const response = await postForm(app, '/offers', { offer: 'Speed up WooCommerce sites' });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<p class="eyebrow">Outcome-led offer</p>');
    for (const label of ['Buyer', 'Before', 'After', 'Measurable outcome', 'Value levers']) expect(page).toContain(`<dt>${label}</dt>`);
    expect(page).toContain('<h3>Deliverables</h3>');
    expect(page).toContain('id="offer-findings-summary"');
    expect(textareaValue(page, 'offer')).toBe('Speed up WooCommerce sites');
  });

  it('re-renders with the error beside an empty offer', async () => {
    const { app } = await makeWebApp();
    const response = await postForm(app, '/offers', { offer: '  ' });
    expect(response.status).toBe(400);
    expect(fieldErrorText(await response.text(), 'offer')).toMatch(/offer is empty/);
  });
});
