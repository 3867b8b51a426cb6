import { describe, expect, it } from 'vitest';
import { BidwrightError } from '../../../src/domain/errors.ts';
import type { ProposalDraft } from '../../../src/domain/ports.ts';
import { Proposal } from '../../../src/domain/schemas.ts';
import { buildApp, engineWith, JOB_POST, jsonRequest, parseSse, problemOf } from '../helpers.ts';

const SSE = { Accept: 'text/event-stream' };

describe('POST /api/proposals (JSON)', () => {
  it('drafts a proposal citing the matching proof, with findings and usage', async () => {
    const { app, store } = buildApp();
    const response = await app.request('/api/proposals', jsonRequest('POST', { jobPost: JOB_POST, tone: 'direct', length: 'short' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const proposal = Proposal.parse(await response.json());
    expect(proposal.citations).toContain('stock-sheet-rebuild');
    expect(proposal.engine).toBe('offline');
    expect(proposal.usage).toBeNull();
    expect(Array.isArray(proposal.findings)).toBe(true);
    expect((await store.listDrafts({ limit: 100 })).items).toHaveLength(1);
  });

  it('refuses a bad tone with the issue on `tone`', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/proposals', jsonRequest('POST', { jobPost: JOB_POST, length: 'epic' }));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([expect.objectContaining({ path: ['length'] })]);
  });
});

describe('POST /api/proposals (Server-Sent Events)', () => {
  it('streams growing partial drafts, then a final proposal with findings', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/proposals', jsonRequest('POST', { jobPost: JOB_POST }, SSE));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = parseSse(await response.text());
    const partials = events.filter((event) => event.event === 'partial').map((event) => (JSON.parse(event.data) as Partial<ProposalDraft>).text ?? '');
    expect(partials.length).toBeGreaterThan(2);
    for (let i = 1; i < partials.length; i++) {
      expect(partials[i]!.startsWith(partials[i - 1]!)).toBe(true);
    }
    expect(partials.at(-1)!.length).toBeGreaterThan(partials[0]!.length * 2);
    expect(events.at(-1)?.event).toBe('final');
    const final = Proposal.parse(JSON.parse(events.at(-1)!.data));
    expect(Array.isArray(final.findings)).toBe(true);
    expect(final.text.startsWith(partials.at(-1)!.slice(0, 40))).toBe(true);
    expect(events.filter((event) => event.event === 'final')).toHaveLength(1);
  });

  it('answers bad input with an ordinary 400 problem, not a stream', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/proposals', jsonRequest('POST', { jobPost: '' }, SSE));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toContain('empty');
  });

  it('sends an error event with a problem when drafting fails mid-stream', async () => {
    const engine = engineWith({
      streamProposal: () => {
        const failure = new BidwrightError('LLM_TIMEOUT', 'The model did not answer within 60 s.');
        const result = Promise.reject(failure);
        result.catch(() => undefined);
        return {
          partials: (async function* () {
            yield { text: 'Your stock counts drift because' };
            throw failure;
          })(),
          result,
        };
      },
    });
    const { app, logs } = buildApp({ engine });
    const response = await app.request('/api/proposals', jsonRequest('POST', { jobPost: JOB_POST }, SSE));
    expect(response.status).toBe(200);
    const events = parseSse(await response.text());
    expect(events.map((event) => event.event)).toEqual(['partial', 'error']);
    const problem = JSON.parse(events[1]!.data) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 504, detail: 'The model did not answer in time.', instance: '/api/proposals' });
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
    expect(logs.some((entry) => entry.code === 'LLM_TIMEOUT')).toBe(true);
  });
});
