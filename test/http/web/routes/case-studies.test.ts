import { describe, expect, it } from 'vitest';
import { BAKERY_PROOF, makeWebApp } from '../web-app.ts';

describe('the case study page after a save', () => {
  it('names the saved item by its title, not its id', async () => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    const [item] = BAKERY_PROOF;
    const page = await (await app.request(`/case-studies?saved=${item?.id}`)).text();
    expect(page).toContain(`Saved &quot;${item?.title}&quot; to your library.`);
    expect(page).not.toContain(`&quot;${item?.id}&quot;`);
  });
});
