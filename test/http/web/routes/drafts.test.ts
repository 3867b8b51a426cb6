import { describe, expect, it } from 'vitest';
import { BAKERY_POST, BAKERY_PROOF, makeWebApp, postForm, textareaValue } from '../web-app.ts';

const DRAFT = 'Your cake orders time out on phones. I will delve into the delivery-slot plugin first. Which page is slowest?';

async function appWithLintedDraft() {
  const harness = await makeWebApp({ proof: BAKERY_PROOF });
  const page = await (await postForm(harness.app, '/lint', { text: DRAFT, jobPost: BAKERY_POST, citations: '' })).text();
  const id = /href="\/drafts\/([0-9a-f]{16})"/.exec(page)?.[1] ?? '';
  return { ...harness, id };
}

describe('draft history pages', () => {
  it('links a checked draft to its page, lists it, and finds it by search', async () => {
    const { app, id } = await appWithLintedDraft();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    const list = await (await app.request('/drafts')).text();
    expect(list).toContain(`href="/drafts/${id}"`);
    expect(list).toContain('<a href="/drafts" aria-current="page">Drafts</a>');
    expect(await (await app.request('/drafts?q=sourdough')).text()).toContain('No kept draft holds');
    const bad = await app.request('/drafts?since=someday');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('The since time must be an ISO date');
  });

  it('marks a finding under its evidence, re-checks an edit without saving it, and refuses an empty one', async () => {
    const { app, id, store } = await appWithLintedDraft();
    const page = await (await app.request(`/drafts/${id}`)).text();
    expect(page).toContain('<mark class="mark mark--warn" data-rule="P16">delve</mark>');
    expect(page).toContain('P16 · No AI-tell vocabulary');
    const fixed = DRAFT.replace('delve into', 'look at');
    const checked = await (await postForm(app, `/drafts/${id}`, { text: fixed, action: 'check' })).text();
    expect(checked).not.toContain('data-rule="P16"');
    expect(textareaValue(checked, 'text')).toBe(fixed);
    expect((await store.listDrafts({ limit: 10 })).items).toHaveLength(1);
    const empty = await postForm(app, `/drafts/${id}`, { text: ' ', action: 'save' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('The draft is empty: write the proposal text to save');
  });

  it('saves an edit as version 2 and shows the page for an unknown id as not found', async () => {
    const { app, id } = await appWithLintedDraft();
    const saved = await postForm(app, `/drafts/${id}`, { text: DRAFT.replace('delve into', 'look at'), action: 'save' });
    expect(saved.status).toBe(303);
    const next = await (await app.request(saved.headers.get('location') ?? '')).text();
    expect(next).toContain('Saved as version 2.');
    expect((await app.request('/drafts/no-such-draft')).status).toBe(404);
  });

  it('offers "Mark as sent" on an edited version, which tracks that version in the pipeline', async () => {
    const { app, id, store } = await appWithLintedDraft();
    const saved = await postForm(app, `/drafts/${id}`, { text: DRAFT.replace('delve into', 'look at'), action: 'save' });
    const location = saved.headers.get('location') ?? '';
    const versionId = /\/drafts\/([^?]+)/.exec(location)?.[1] ?? '';
    expect(versionId).not.toBe(id);
    const page = await (await app.request(location)).text();
    const form = /<form class="mark-sent"[\s\S]*?<\/form>/.exec(page)?.[0] ?? '';
    expect(form).toContain(`name="draftId" value="${versionId}"`);
    expect(form).not.toContain(' hidden>');
    const fields = Object.fromEntries([...form.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((match) => [match[1], match[2]]));
    expect((await postForm(app, '/pipeline/proposals', fields)).status).toBe(303);
    const tracked = await store.listTrackedProposals({ limit: 10 });
    expect(tracked.items.map((item) => item.draftId)).toEqual([versionId]);
  });
});
