import { describe, expect, it } from 'vitest';
import { BAKERY_PROOF, ORIGIN, fieldErrorText, inputValue, makeWebApp, postForm, textareaValue, unescapeHtml } from '../web-app.ts';

const NEW_ITEM = {
  id: 'menu-board-redesign',
  kind: 'portfolio',
  title: 'Menu board redesign for a coffee cart',
  clientType: 'Mobile coffee vendor',
  problem: 'Queues stalled while customers read a cluttered menu.',
  approach: 'Grouped drinks by size and cut the board to twelve items.',
  result: 'Orders were taken faster at the morning rush.',
  metrics: 'items on the board = 12\naverage order time = -30 seconds',
  skills: 'Print design, Figma, Figma, Signage',
  link: '',
  public: 'on',
};

describe('proof library pages', () => {
  it('adds an item from the form and redirects to the list that shows it', async () => {
    const { app, store } = await makeWebApp();
    const response = await postForm(app, '/proof/new', NEW_ITEM);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/proof?added=menu-board-redesign');
    const stored = await store.getProof('menu-board-redesign');
    expect(stored?.metrics).toEqual([
      { label: 'items on the board', value: '12' },
      { label: 'average order time', value: '-30 seconds' },
    ]);
    expect(stored?.skills).toEqual(['Print design', 'Figma', 'Signage']);
    expect(stored?.link).toBeNull();
    expect(stored?.public).toBe(true);
    const list = await (await app.request(response.headers.get('location') ?? '')).text();
    expect(list).toContain('Added &quot;menu-board-redesign&quot; to your library.');
    expect(list).toContain('Menu board redesign for a coffee cart');
  });

  it('re-renders the form with the error next to metrics and keeps every field', async () => {
    const { app, store } = await makeWebApp();
    const response = await postForm(app, '/proof/new', { ...NEW_ITEM, metrics: 'items on the board 12' });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(fieldErrorText(page, 'metrics')).toMatch(/label = value/);
    expect(textareaValue(page, 'metrics')).toBe('items on the board 12');
    expect(inputValue(page, 'title')).toBe(NEW_ITEM.title);
    expect(textareaValue(page, 'approach')).toBe(NEW_ITEM.approach);
    expect(await store.listProof()).toHaveLength(0);
  });

  it('names the field the schema rejects: an id with spaces and a missing title', async () => {
    const { app } = await makeWebApp();
    const response = await postForm(app, '/proof/new', { ...NEW_ITEM, id: 'menu board', title: '' });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(fieldErrorText(page, 'id')).toMatch(/no spaces/);
    expect(fieldErrorText(page, 'title')).not.toBeNull();
    expect(inputValue(page, 'id')).toBe('menu board');
  });

  it('answers 409 and keeps the form when the id is taken', async () => {
    const { app, store } = await makeWebApp({ proof: BAKERY_PROOF });
    const response = await postForm(app, '/proof/new', { ...NEW_ITEM, id: 'woo-speed-rescue' });
    expect(response.status).toBe(409);
    const page = await response.text();
    expect(page).toContain('role="alert"');
    expect(page).toContain('woo-speed-rescue');
    expect((await store.getProof('woo-speed-rescue'))?.title).toBe(BAKERY_PROOF[0]?.title);
  });

  it('edits an item in place and keeps its id', async () => {
    const { app, store } = await makeWebApp({ proof: BAKERY_PROOF });
    const form = await (await app.request('/proof/woo-speed-rescue/edit')).text();
    expect(inputValue(form, 'id')).toBe('woo-speed-rescue');
    expect(textareaValue(form, 'metrics')).toBe('order page load time = -64%');
    const response = await postForm(app, '/proof/woo-speed-rescue/edit', { ...NEW_ITEM, id: 'ignored-new-id', title: 'Order page speed rescue' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/proof?saved=woo-speed-rescue');
    expect((await store.getProof('woo-speed-rescue'))?.title).toBe('Order page speed rescue');
    expect(await store.getProof('ignored-new-id')).toBeNull();
  });

  it('answers 404 when editing an item that does not exist, and adds nothing', async () => {
    const { app, store } = await makeWebApp();
    const response = await postForm(app, '/proof/not-there/edit', NEW_ITEM);
    expect(response.status).toBe(404);
    expect(await store.listProof()).toHaveLength(0);
  });

  it('asks before deleting, and deletes only on the POST', async () => {
    const { app, store } = await makeWebApp({ proof: BAKERY_PROOF });
    const confirm = await (await app.request('/proof/woo-speed-rescue/delete')).text();
    expect(confirm).toContain('<form class="card" method="post" action="/proof/woo-speed-rescue/delete">');
    expect(await store.getProof('woo-speed-rescue')).not.toBeNull();
    const response = await postForm(app, '/proof/woo-speed-rescue/delete', {});
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/proof?removed=woo-speed-rescue');
    expect(await store.getProof('woo-speed-rescue')).toBeNull();
    expect((await postForm(app, '/proof/woo-speed-rescue/delete', {})).status).toBe(404);
  });

  it('imports a pasted JSON array and reports what it added and replaced', async () => {
    const { app, store } = await makeWebApp({ proof: BAKERY_PROOF });
    const items = [
      { ...BAKERY_PROOF[0], title: 'Replaced title' },
      { id: 'cert-wp', kind: 'credential', title: 'WordPress certification' },
    ];
    const response = await postForm(app, '/proof/import', { json: JSON.stringify(items) });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/proof?imported=1-1');
    expect((await store.getProof('woo-speed-rescue'))?.title).toBe('Replaced title');
    const list = await (await app.request('/proof?imported=1-1')).text();
    expect(list).toContain('Imported: 1 added, 1 updated.');
  });

  it('imports an uploaded JSON file', async () => {
    const { app, store } = await makeWebApp();
    const body = new FormData();
    body.set('json', '');
    body.set('file', new File([JSON.stringify(BAKERY_PROOF)], 'proof.json', { type: 'application/json' }));
    const response = await app.request('/proof/import', { method: 'POST', headers: { Origin: ORIGIN }, body });
    expect(response.status).toBe(303);
    expect((await store.listProof()).map((item) => item.id)).toEqual(['woo-speed-rescue']);
  });

  it('keeps broken JSON in the text area with the parse error beside it', async () => {
    const { app, store } = await makeWebApp();
    const response = await postForm(app, '/proof/import', { json: '[{"id": "a",}]' });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(fieldErrorText(page, 'json')).toMatch(/not valid JSON/);
    expect(textareaValue(page, 'json')).toBe('[{"id": "a",}]');
    expect(await store.listProof()).toHaveLength(0);
  });

  it('rejects an import that is not an array, writing nothing', async () => {
    const { app, store } = await makeWebApp();
    const response = await postForm(app, '/proof/import', { json: JSON.stringify(BAKERY_PROOF[0]) });
    expect(response.status).toBe(400);
    expect(fieldErrorText(await response.text(), 'json')).toMatch(/JSON array/);
    expect(await store.listProof()).toHaveLength(0);
  });

  it('exports the library as a JSON download', async () => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    const response = await app.request('/proof/export');
    expect(response.headers.get('content-disposition')).toContain('proof.json');
    expect(await response.json()).toEqual(BAKERY_PROOF);
  });

  it('shows a hostile title as text in the list and the form', async () => {
    const { app } = await makeWebApp();
    const title = '<img src=x onerror="window.__xss=1"> & <script>window.__xss=1</script>';
    expect((await postForm(app, '/proof/new', { ...NEW_ITEM, title })).status).toBe(303);
    const list = await (await app.request('/proof')).text();
    expect(list).not.toContain('<img src=x');
    expect(list).not.toContain('<script>window');
    expect(list).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt; &amp; &lt;script&gt;window.__xss=1&lt;/script&gt;');
    const form = await (await app.request('/proof/menu-board-redesign/edit')).text();
    expect(inputValue(form, 'title')).toBe(title);
  });
});

describe('proof form errors', () => {
  it('reports a bad metrics line and a bad id together', async () => {
    const { app } = await makeWebApp();
    const response = await postForm(app, '/proof/new', { ...NEW_ITEM, id: 'has spaces', metrics: 'no equals sign here' });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(fieldErrorText(page, 'metrics')).toMatch(/Metric line 1/);
    expect(fieldErrorText(page, 'id')).toMatch(/no spaces/);
    expect(unescapeHtml(page)).toMatch(/Metric line 1 [^<]*\. Id: use letters/);
  });
});
