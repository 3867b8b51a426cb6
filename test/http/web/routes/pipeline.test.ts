import { describe, expect, it } from 'vitest';
import { BAKERY_PROOF, makeWebApp, postForm } from '../web-app.ts';

describe('the pipeline page', () => {
  it('names a proof item in the "By proof item" breakdown by its title, not its id alone', async () => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    const [item] = BAKERY_PROOF;
    await postForm(app, '/pipeline/proposals', { jobTitle: 'Cake orders time out', proofIds: item?.id ?? '' });
    const page = await (await app.request('/pipeline')).text();
    expect(page).toContain(`<th scope="row">${item?.title} <span class="muted">(${item?.id})</span></th>`);
    expect(page).not.toContain(`<th scope="row">${item?.id}</th>`);
  });
});
