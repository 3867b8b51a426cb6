import { afterEach, describe, expect, it } from 'vitest';
import { isBidwrightError } from '../../../src/domain/errors.ts';
import type { ProposalDraft } from '../../../src/domain/ports.ts';
import { createOpenAIEngine } from '../../../src/engines/openai/index.ts';
import { startFakeOpenAI, type FakeOpenAI } from './fake-server.ts';
import { GOOD_PROPOSAL, GOOD_TRIAGE, proposeContext, triageContext } from './fixtures.ts';
import { testConfig } from './msw.ts';
import type { Api } from './replies.ts';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe.each<Api>(['responses', 'chat'])('the fake OpenAI server over the %s API', (api) => {
  it('answers a real HTTP request with the configured output and records it', async () => {
    fake = await startFakeOpenAI({ reply: GOOD_PROPOSAL, tokens: { input: 321, output: 45 } });
    const engine = createOpenAIEngine({ config: testConfig(api, { baseURL: fake.baseURL, apiKey: 'sk-fake-right-key' }) });
    const draft = await engine.propose(proposeContext());
    expect(draft.text).toBe(GOOD_PROPOSAL.text);
    expect(draft.usage?.inputTokens).toBe(321);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ api, stream: false, authorization: 'Bearer sk-fake-right-key' });
    expect(fake.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  });

  it('streams the configured output', async () => {
    fake = await startFakeOpenAI({ reply: GOOD_PROPOSAL });
    const engine = createOpenAIEngine({ config: testConfig(api, { baseURL: fake.baseURL }) });
    const stream = engine.streamProposal(proposeContext());
    const partials: Partial<ProposalDraft>[] = [];
    for await (const partial of stream.partials) partials.push(partial);
    expect(partials.length).toBeGreaterThan(1);
    expect((await stream.result).citations).toEqual(['deli-sales-model']);
    expect(fake.requests[0]?.stream).toBe(true);
  });

  it('refuses the configured wrong key with 401', async () => {
    fake = await startFakeOpenAI({ reply: GOOD_PROPOSAL, wrongKey: 'sk-wrong-key-0000000000' });
    const engine = createOpenAIEngine({ config: testConfig(api, { baseURL: fake.baseURL, apiKey: 'sk-wrong-key-0000000000' }) });
    const error = await engine.propose(proposeContext()).catch((caught: unknown) => caught);
    expect(isBidwrightError(error) && error.code).toBe('CONFIG');
    expect((error as Error).message).toContain('refused the API key (401)');
    expect((error as Error).message).not.toContain('sk-wrong-key');
  });
});

describe('startFakeOpenAI', () => {
  it('answers with a function of the request, so one server can play several tasks', async () => {
    fake = await startFakeOpenAI({
      reply: (request: { body: Record<string, unknown> }) => (/<signals_[0-9a-f]{8}>/.test(JSON.stringify(request.body)) ? GOOD_TRIAGE : GOOD_PROPOSAL),
    });
    const engine = createOpenAIEngine({ config: testConfig('chat', { baseURL: fake.baseURL }) });
    expect((await engine.triage(triageContext())).verdict).toBe('pursue');
    expect((await engine.propose(proposeContext())).text).toBe(GOOD_PROPOSAL.text);
  });

  it('answers 404 on any other route', async () => {
    fake = await startFakeOpenAI({ reply: {} });
    const response = await fetch(`${fake.baseURL}/models`);
    expect(response.status).toBe(404);
    expect(fake.requests).toEqual([]);
  });
});
