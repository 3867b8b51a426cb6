import { describe, expect, it } from 'vitest';
import { TaskAudit } from '../../../src/domain/schemas.ts';
import { buildApp, jsonRequest, problemOf } from '../helpers.ts';

describe('POST /api/audits', () => {
  it('labels each task, from a list or from lines of text', async () => {
    const { app } = buildApp();
    const fromList = TaskAudit.parse(
      await (await app.request('/api/audits', jsonRequest('POST', { tasks: ['Transcribe interviews', 'Negotiate supplier contracts'] }))).json(),
    );
    expect(fromList.items.map((item) => item.task)).toEqual(['Transcribe interviews', 'Negotiate supplier contracts']);
    const fromText = TaskAudit.parse(
      await (await app.request('/api/audits', jsonRequest('POST', { tasks: '- Transcribe interviews\n- Negotiate supplier contracts\n' }))).json(),
    );
    expect(fromText.items.map((item) => item.label)).toEqual(fromList.items.map((item) => item.label));
  });

  it('refuses an empty list and a wrong type with 400', async () => {
    const { app } = buildApp();
    const empty = await app.request('/api/audits', jsonRequest('POST', { tasks: [] }));
    expect(empty.status).toBe(400);
    expect((await problemOf(empty)).detail).toContain('empty');
    expect((await app.request('/api/audits', jsonRequest('POST', { tasks: { a: 1 } }))).status).toBe(400);
  });
});
