import { describe, expect, it } from 'vitest';
import { DraftExport } from '../../../src/app/export-drafts.ts';
import { DraftDetail } from '../../../src/app/show-draft.ts';
import { DraftPage } from '../../../src/app/list-drafts.ts';
import { StoredDraft } from '../../../src/domain/draft-record.ts';
import { JOB_POST } from '../helpers.ts';
import { closeServersAfterEach, send, startAccessServer } from '../socket.ts';

closeServersAfterEach();

const LETTER = 'Your reorder sheet drifts because pasted rows overwrite the formulas. I would leverage a locked paste area. Which columns do staff paste into?';
const JSON_HEADERS = { 'Content-Type': 'application/json', Host: '127.0.0.1' };

async function serverWithDraft() {
  const { url } = await startAccessServer();
  const linted = await send(`${url}/api/lint`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ text: LETTER, jobPost: JOB_POST }) });
  const { draftId } = JSON.parse(linted.body) as { draftId: string };
  return { url, draftId };
}

describe('/api/drafts on a real socket', () => {
  it('lists, searches and opens kept drafts, and answers problem+json for a bad query or an unknown id', async () => {
    const { url, draftId } = await serverWithDraft();
    const list = DraftPage.parse(JSON.parse((await send(`${url}/api/drafts?limit=5`)).body));
    expect(list.items.map((item) => item.id)).toEqual([draftId]);
    expect(DraftPage.parse(JSON.parse((await send(`${url}/api/drafts?q=no+such+words`)).body)).items).toEqual([]);
    const detail = DraftDetail.parse(JSON.parse((await send(`${url}/api/drafts/${draftId}`)).body));
    expect(detail.draft).toMatchObject({ text: LETTER, kind: 'lint', postTitle: expect.stringContaining('inventory spreadsheet') });
    const missing = await send(`${url}/api/drafts/unknown-id`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    for (const query of ['limit=0', 'limit=many', 'since=yesterday', 'after=not-a-cursor']) {
      const bad = await send(`${url}/api/drafts?${query}`);
      expect(bad.status, query).toBe(400);
      expect(JSON.parse(bad.body).detail, query).toMatch(/page size|time|cursor/);
    }
  });

  it('saves an edit as a new version with its findings, and lists it', async () => {
    const { url, draftId } = await serverWithDraft();
    const before = DraftDetail.parse(JSON.parse((await send(`${url}/api/drafts/${draftId}`)).body));
    expect((before.draft.findings ?? []).map((finding) => finding.ruleId)).toContain('P16');
    const edited = LETTER.replace('leverage', 'use');
    const saved = await send(`${url}/api/drafts/${draftId}/versions`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ text: edited }) });
    expect(saved.status).toBe(201);
    const version = StoredDraft.parse(JSON.parse(saved.body));
    expect(version).toMatchObject({ version: 2, editedFrom: draftId, kind: 'edited', text: edited });
    expect((version.findings ?? []).map((finding) => finding.ruleId)).not.toContain('P16');
    expect(saved.headers.location).toBe(`/api/drafts/${version.id}`);
    const after = DraftDetail.parse(JSON.parse((await send(`${url}${saved.headers.location}`)).body));
    expect(after.versions.map((entry) => entry.id)).toEqual([draftId, version.id]);
    const empty = await send(`${url}/api/drafts/${draftId}/versions`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ text: ' ' }) });
    expect(empty.status).toBe(400);
    const unknown = await send(`${url}/api/drafts/nope/versions`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ text: edited }) });
    expect(unknown.status).toBe(404);
  });

  it('exports CSV and JSON as attachments, and asks for a format when none is given', async () => {
    const { url } = await serverWithDraft();
    const csv = await send(`${url}/api/drafts/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('bidwright-drafts.csv');
    expect(csv.body.split('\r\n')).toHaveLength(3);
    const json = await send(`${url}/api/drafts/export?format=json`);
    expect(DraftExport.parse(JSON.parse(json.body))).toHaveLength(1);
    const none = await send(`${url}/api/drafts/export`);
    expect(none.status).toBe(400);
    expect(JSON.parse(none.body).detail).toContain('format=csv or format=json');
  });

  it('declares every drafts route in the OpenAPI document', async () => {
    const { url } = await startAccessServer();
    const document = JSON.parse((await send(`${url}/api/openapi.json`)).body) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths['/api/drafts/{id}/versions'] ?? {})).toContain('post');
    expect(document.paths['/api/drafts/export']?.get).toBeDefined();
    expect(document.paths['/api/drafts']?.get).toBeDefined();
  });
});
