import { describe, expect, it } from 'vitest';
import { ProofItem } from '../../../src/domain/schemas.ts';
import { buildApp, jsonRequest, problemOf, PROOF } from '../helpers.ts';

const NEW_ITEM = { id: 'payroll-audit', kind: 'credential', title: 'Certified payroll auditor', skills: ['Payroll'] };

describe('/api/proof', () => {
  it('lists the library', async () => {
    const { app } = buildApp();
    const items = (await (await app.request('/api/proof')).json()) as unknown[];
    expect(items.map((item) => ProofItem.parse(item).id)).toEqual(PROOF.map((item) => item.id));
  });

  it('adds one item with 201 and a Location that reads it back', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/proof', jsonRequest('POST', NEW_ITEM));
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe('/api/proof/payroll-audit');
    expect(ProofItem.parse(await response.json())).toMatchObject({ ...NEW_ITEM, public: false, metrics: [] });
    const again = await app.request(response.headers.get('location')!);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { title: string }).title).toBe(NEW_ITEM.title);
  });

  it('makes the id from the title when none is given, numbering one already taken', async () => {
    const { app } = buildApp();
    const { id: _id, ...withoutId } = NEW_ITEM;
    const first = await app.request('/api/proof', jsonRequest('POST', withoutId));
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe('/api/proof/certified-payroll-auditor');
    const second = await app.request('/api/proof', jsonRequest('POST', withoutId));
    expect(ProofItem.parse(await second.json()).id).toBe('certified-payroll-auditor-2');
  });

  it('answers a repeated id with 409', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/proof', jsonRequest('POST', { ...NEW_ITEM, id: PROOF[0]!.id }));
    expect(response.status).toBe(409);
    expect((await problemOf(response)).type).toBe('urn:bidwright:problem:conflict');
  });

  it('refuses an item with a bad kind, listing the issue', async () => {
    const { app, store } = buildApp();
    const response = await app.request('/api/proof', jsonRequest('POST', { ...NEW_ITEM, kind: 'rumour' }));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([expect.objectContaining({ path: ['kind'] })]);
    expect(await store.listProof()).toHaveLength(PROOF.length);
  });

  it('imports an array, replacing by id and adding new ones', async () => {
    const { app, store } = buildApp();
    const changed = { ...PROOF[0]!, title: 'Renamed stock sheet work' };
    const response = await app.request('/api/proof', jsonRequest('PUT', [changed, NEW_ITEM]));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ added: 1, updated: 1 });
    expect((await store.getProof(PROOF[0]!.id))?.title).toBe('Renamed stock sheet work');
  });

  it('imports all or nothing: one bad item changes nothing', async () => {
    const { app, store } = buildApp();
    const before = await store.listProof();
    const response = await app.request('/api/proof', jsonRequest('PUT', [NEW_ITEM, { id: 'x', kind: 'case_study' }]));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([expect.objectContaining({ path: [1, 'title'] })]);
    expect(await store.listProof()).toEqual(before);
  });

  it('refuses an import that is not an array', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/proof', jsonRequest('PUT', NEW_ITEM));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toContain('JSON array');
  });
});

describe('/api/proof/:id', () => {
  it('reads one item, and answers an unknown id with 404', async () => {
    const { app } = buildApp();
    expect(ProofItem.parse(await (await app.request('/api/proof/crm-dedupe')).json()).title).toBe(PROOF[1]!.title);
    const missing = await app.request('/api/proof/nope');
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).detail).toContain('"nope"');
  });

  it('creates with PUT (201), then replaces (200), taking the id from the path', async () => {
    const { app, store } = buildApp();
    const { id: _id, ...body } = NEW_ITEM;
    const created = await app.request('/api/proof/payroll-audit', jsonRequest('PUT', body));
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/proof/payroll-audit');
    const replaced = await app.request('/api/proof/payroll-audit', jsonRequest('PUT', { ...NEW_ITEM, title: 'Payroll audit credential' }));
    expect(replaced.status).toBe(200);
    expect((await store.getProof('payroll-audit'))?.title).toBe('Payroll audit credential');
  });

  it('refuses a PUT whose body id contradicts the path', async () => {
    const { app, store } = buildApp();
    const response = await app.request('/api/proof/crm-dedupe', jsonRequest('PUT', { ...NEW_ITEM }));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([expect.objectContaining({ path: ['id'] })]);
    expect(await store.getProof('payroll-audit')).toBeNull();
  });

  it('removes an item with 204, then answers 404 for it', async () => {
    const { app, store } = buildApp();
    const response = await app.request('/api/proof/crm-dedupe', { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await store.getProof('crm-dedupe')).toBeNull();
    expect((await app.request('/api/proof/crm-dedupe', { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses an id that cannot exist with 400', async () => {
    const { app } = buildApp();
    expect((await app.request('/api/proof/%20bad%20id')).status).toBe(400);
  });
});
