import { describe, expect, it } from 'vitest';
import { BAKERY_POST, BAKERY_PROOF, inputValue, makeWebApp, postForm, unescapeHtml } from '../web-app.ts';

const draftOf = (page: string): string =>
  unescapeHtml((/<div class="draft" id="proposal-text"[^>]*>([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '').replace(/<[^>]+>/g, ''));
const variantLabel = (page: string): string | undefined => /<span class="muted" id="proposal-variant">([^<]*)<\/span>/.exec(page)?.[1];

describe('Regenerate on the draft page, without JavaScript', () => {
  it('starts a post at variant 0 and drafts the next variant on each Regenerate, with the options chosen now', async () => {
    const { app, store } = await makeWebApp({ proof: BAKERY_PROOF });
    const first = await (await postForm(app, '/', { jobPost: BAKERY_POST, tone: '', length: 'standard', variant: '4', action: 'draft' })).text();
    expect(inputValue(first, 'variant')).toBe('0');
    expect(variantLabel(first)).toBe('Variant 0');

    const second = await (await postForm(app, '/', { jobPost: BAKERY_POST, tone: 'warm', length: 'short', variant: '0', action: 'regenerate' })).text();
    expect(inputValue(second, 'variant')).toBe('1');
    expect(variantLabel(second)).toBe('Variant 1');
    expect(draftOf(second)).not.toBe(draftOf(first));
    expect(second).toContain('<option value="warm" selected>Warm</option>');
    expect(second).toContain('<option value="short" selected>Short</option>');
    const drafts = (await store.listDrafts({ limit: 100 })).items;
    expect(drafts).toHaveLength(2);
    expect(draftOf(second)).toBe(drafts[0]?.text);
  });

  it('drafts the variant the form holds when no button was pressed (the script has counted it already)', async () => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    const pressed = await (await postForm(app, '/', { jobPost: BAKERY_POST, variant: '1', action: 'regenerate' })).text();
    const held = await (await postForm(app, '/', { jobPost: BAKERY_POST, variant: '2' })).text();
    expect(inputValue(held, 'variant')).toBe('2');
    expect(draftOf(held)).toBe(draftOf(pressed));
  });

  it('shows a clear error for a variant that is not a whole number from 0', async () => {
    const { app, store } = await makeWebApp({ proof: BAKERY_PROOF });
    for (const variant of ['x', '1.5', '-3']) {
      const response = await postForm(app, '/', { jobPost: BAKERY_POST, variant });
      expect(response.status, variant).toBe(400);
      expect(await response.text()).toContain('Variant must be a whole number from 0 (the first draft) to 9999.');
    }
    expect((await store.listDrafts({ limit: 100 })).items).toHaveLength(0);
  });
});
