import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/http/serve.ts';
import type { Funnel } from '../../../src/domain/funnel-report.ts';
import type { TrackedProposalStatus } from '../../../src/domain/pipeline.ts';
import type { Proposal } from '../../../src/domain/schemas.ts';
import { buildApp, JOB_POST, jsonRequest, problemOf } from '../helpers.ts';

type ProposalPage = { items: TrackedProposalStatus[]; next: string | null };

// The test app's clock reads 2026-11-21T12:00:00Z.
const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 9)).toISOString();
const running: RunningServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function serve(overrides: Parameters<typeof buildApp>[0] = {}) {
  const test = buildApp(overrides);
  const server = await startServer({ app: test.app, host: '127.0.0.1', port: 0, token: overrides.token, logger: { log: () => undefined } });
  running.push(server);
  const call = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
  const read = async <T>(path: string) => (await (await call(path)).json()) as T;
  const post = async (path: string, body: unknown) => call(path, jsonRequest('POST', body));
  const track = async (body: Record<string, unknown>) => {
    const response = await post('/api/pipeline/proposals', { jobTitle: 'Stock sheet clean-up', sentAt: day(10), ...body });
    expect(response.status, await response.clone().text()).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  return { ...test, call, read, post, track };
}

describe('/api/pipeline on a socket', () => {
  it('tracks proposals, records events and reads the funnel with its counts', async () => {
    const { post, read, track } = await serve();
    const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => track({ jobTitle: `Job ${i}`, offer: i < 6 ? 'audit' : 'rebuild', connects: 10 })));
    for (const id of ids.slice(0, 6)) expect((await post(`/api/pipeline/proposals/${id}/events`, { type: 'viewed', at: day(11) })).status).toBe(201);
    for (const id of ids.slice(0, 2)) await post(`/api/pipeline/proposals/${id}/events`, { type: 'hired', at: day(12), objection: 'Price' });
    const funnel = await read<Funnel>('/api/pipeline/funnel?days=30');
    expect([funnel.sent, funnel.viewed, funnel.replied, funnel.interviewed, funnel.hired]).toEqual([12, 6, 2, 2, 2]);
    expect(funnel.stages[1]?.fromPrevious).toEqual({ count: 6, of: 12, value: 0.5, small: true });
    expect(funnel.connects).toMatchObject({ spent: 120, perReply: { value: 60 }, perHire: { value: 60 } });
    expect(funnel.breakdowns.offer.map((row) => row.key)).toEqual(['audit', 'rebuild']);
    expect(funnel.objections).toEqual([{ text: 'Price', count: 2 }]);
    expect(funnel.diagnosis.code).toBe('healthy');
  });

  it('leaves proposals older than the window out of the funnel', async () => {
    const { read, track } = await serve();
    await track({ sentAt: day(-30) });
    await track({ sentAt: day(15) });
    expect((await read<Funnel>('/api/pipeline/funnel?days=7')).sent).toBe(1);
    expect((await read<Funnel>('/api/pipeline/funnel?days=60')).sent).toBe(2);
  });

  it('answers 404 for an event on a proposal nobody tracked', async () => {
    const { post } = await serve();
    const response = await post('/api/pipeline/proposals/tp-nothing/events', { type: 'viewed', at: day(11) });
    expect(response.status).toBe(404);
    expect((await problemOf(response)).detail).toContain('No tracked proposal has the id "tp-nothing"');
  });

  it('refuses an event dated before the proposal was sent, saying so plainly', async () => {
    const { post, track } = await serve();
    const id = await track({});
    const response = await post(`/api/pipeline/proposals/${id}/events`, { type: 'replied', at: day(9) });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toContain('is before the proposal was sent');
  });

  it('refuses an unknown event type and a bad window with what to fix', async () => {
    const { post, call, track } = await serve();
    const id = await track({});
    const wrongType = await problemOf(await post(`/api/pipeline/proposals/${id}/events`, { type: 'ghosted', at: day(11) }));
    expect(wrongType.detail).toMatch(/^Type must be "viewed", "replied"/);
    const badDays = await call('/api/pipeline/funnel?days=0');
    expect(badDays.status).toBe(400);
    expect((await problemOf(badDays)).detail).toContain('Days must be at least 1');
  });

  it('takes the rubric result from the stored draft a proposal names, and refuses an unknown draft', async () => {
    const { post, track, read } = await serve();
    const drafted = (await (await post('/api/proposals', { jobPost: JOB_POST })).json()) as Proposal;
    expect(typeof drafted.draftId).toBe('string');
    await track({ draftId: drafted.draftId, verdict: 'pursue' });
    const { items } = await read<ProposalPage>('/api/pipeline/proposals');
    const expected = drafted.findings.some((finding) => finding.severity === 'error') ? 'errors' : drafted.findings.length > 0 ? 'warnings' : 'clean';
    expect(items[0]).toMatchObject({ draftId: drafted.draftId, rubric: expected, verdict: 'pursue', stage: 'sent' });
    const unknown = await post('/api/pipeline/proposals', { jobTitle: 'x', sentAt: day(10), draftId: 'no-such-draft' });
    expect(unknown.status).toBe(404);
  });

  it('lists tracked proposals a page at a time with their stage', async () => {
    const { read, post, track } = await serve();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await track({ sentAt: day(i + 1) }));
    await post(`/api/pipeline/proposals/${ids[4]}/events`, { type: 'interview', at: day(8) });
    const first = await read<ProposalPage>('/api/pipeline/proposals?limit=2');
    expect(first.items.map((item) => item.id)).toEqual([ids[4], ids[3]]);
    expect(first.items[0]).toMatchObject({ stage: 'interviewed', closed: null });
    const second = await read<ProposalPage>(`/api/pipeline/proposals?limit=2&after=${first.next}`);
    expect(second.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
  });

  it('exports every proposal as CSV and as JSON', async () => {
    const { call, read, post, track } = await serve();
    const id = await track({ jobTitle: '=HYPERLINK("x"), "quoted"', proofIds: ['a', 'b'] });
    await post(`/api/pipeline/proposals/${id}/events`, { type: 'declined', at: day(12), objection: 'Budget, timing' });
    const csv = await call('/api/pipeline/export?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="pipeline-2026-11-21\.csv"/);
    const [header, row] = (await csv.text()).split('\r\n');
    expect(header?.startsWith('id,jobTitle,sentAt,')).toBe(true);
    expect(row).toContain(`${id},"'=HYPERLINK(""x""), ""quoted""",`);
    expect(row).toContain(',a b,');
    expect(row).toContain('"Budget, timing"');
    const json = await read<{ proposals: TrackedProposalStatus[] }>('/api/pipeline/export?format=json');
    expect(json.proposals[0]).toMatchObject({ id, closed: 'declined', events: [{ type: 'declined' }] });
    expect((await call('/api/pipeline/export?format=xml')).status).toBe(400);
  });

  it('is declared in the OpenAPI document and refuses other methods with 405', async () => {
    const { call, read } = await serve();
    const document = await read<{ paths: Record<string, unknown> }>('/api/openapi.json');
    for (const path of ['/api/pipeline/proposals', '/api/pipeline/proposals/{id}/events', '/api/pipeline/funnel', '/api/pipeline/export']) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    const response = await call('/api/pipeline/funnel', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('asks for the token first', async () => {
    const { call } = await serve({ token: 'secret-token-for-tests' });
    expect((await call('/api/pipeline/funnel')).status).toBe(401);
  });
});
