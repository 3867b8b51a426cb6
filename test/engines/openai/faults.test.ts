import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { OpenAIConfig } from '../../../src/domain/model-settings.ts';
import { isBidwrightError, type BidwrightError } from '../../../src/domain/errors.ts';
import { createOpenAIEngine } from '../../../src/engines/openai/index.ts';
import { GOOD_OFFER, GOOD_PROPOSAL, offerContext, proposeContext } from '../../helpers/openai/fixtures.ts';
import { API_KEY, BASE_URL, testConfig, type ModelReply, useModelServer } from '../../helpers/openai/msw.ts';
import type { Api } from '../../helpers/openai/replies.ts';

const { server, serve } = useModelServer();

async function failure(promise: Promise<unknown>): Promise<BidwrightError> {
  try {
    await promise;
  } catch (error) {
    if (isBidwrightError(error)) return error;
    throw new Error(`expected a BidwrightError, got ${inspect(error)}`);
  }
  throw new Error('expected the call to fail');
}

/** Records the waits the engine asks for instead of sleeping. */
function fakeSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

function engineFor(api: Api, overrides: Partial<OpenAIConfig> = {}, sleep?: (ms: number) => Promise<void>) {
  return createOpenAIEngine({ config: testConfig(api, overrides), ...(sleep ? { retry: { sleep } } : {}) });
}

const BAD_SHAPE = { text: 42, citations: 'deli-sales-model' };

describe.each<Api>(['responses', 'chat'])('faults over the %s API', (api) => {
  it('repairs an answer that does not fit the schema with one more request', async () => {
    const seen = serve(api, [{ output: BAD_SHAPE }, { output: GOOD_PROPOSAL }]);
    const draft = await engineFor(api).propose(proposeContext());
    expect(draft.text).toBe(GOOD_PROPOSAL.text);
    expect(seen).toHaveLength(2);
    const repair = JSON.stringify(seen[1]?.body);
    expect(repair).toContain(JSON.stringify(JSON.stringify(BAD_SHAPE)).slice(1, -1));
    expect(repair).toMatch(/does not fit the required JSON schema: text: [^"]*expected string/);
    expect(draft.usage?.calls.map((call) => call.purpose)).toEqual(['propose', 'propose:repair']);
  });

  it('repairs an answer that is not JSON at all', async () => {
    const seen = serve(api, [{ output: 'Sure! Here is your proposal: Dear client...' }, { output: GOOD_PROPOSAL }]);
    const draft = await engineFor(api).propose(proposeContext());
    expect(draft.citations).toEqual(['deli-sales-model']);
    expect(JSON.stringify(seen[1]?.body)).toContain('the reply is not valid JSON');
  });

  it("repairs an answer that fits the wire schema but not the core's", async () => {
    const seen = serve(api, [{ output: { ...GOOD_OFFER, deliverables: [] } }, { output: GOOD_OFFER }]);
    const offer = await engineFor(api).rewriteOffer(offerContext());
    expect(offer.deliverables).toEqual(GOOD_OFFER.deliverables);
    expect(JSON.stringify(seen[1]?.body)).toContain('deliverables: Too small');
  });

  it('gives up with LLM_OUTPUT_INVALID when the repair does not fit either', async () => {
    const seen = serve(api, [{ output: BAD_SHAPE }]);
    const error = await failure(engineFor(api).propose(proposeContext()));
    expect(error.code).toBe('LLM_OUTPUT_INVALID');
    expect(error.message).toMatch(/^The model \(gpt-5-mini\) returned a proposal that does not fit the schema, even after one repair request/);
    expect(error.message).toContain('BIDWRIGHT_MODEL_PROPOSE');
    expect(seen).toHaveLength(2);
  });

  it('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    const seen = serve(api, [{ status: 429, headers: { 'retry-after': '1' } }, { output: GOOD_PROPOSAL }]);
    const draft = await engineFor(api).propose(proposeContext());
    expect(draft.text).toBe(GOOD_PROPOSAL.text);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('reads Retry-After as an HTTP date and caps a long wait at 30 s', async () => {
    const { waits, sleep } = fakeSleep();
    const inTwoHours = new Date(Date.now() + 2 * 3600_000).toUTCString();
    serve(api, [{ status: 429, headers: { 'retry-after': inTwoHours } }, { status: 503, headers: { 'retry-after': '3' } }, { output: GOOD_PROPOSAL }]);
    await engineFor(api, {}, sleep).propose(proposeContext());
    expect(waits).toEqual([30_000, 3_000]);
  });

  it('answers RATE_LIMITED when 429 persists after every retry', async () => {
    const { waits, sleep } = fakeSleep();
    const seen = serve(api, [{ status: 429 }]);
    const error = await failure(engineFor(api, { maxRetries: 3 }, sleep).propose(proposeContext()));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.message).toContain('(429) after 3 retries; wait a minute and try again');
    expect(seen).toHaveLength(4);
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it('retries a 500 and succeeds, counting only the call that answered', async () => {
    const seen = serve(api, [{ status: 500 }, { output: GOOD_PROPOSAL }]);
    const draft = await engineFor(api).propose(proposeContext());
    expect(draft.text).toBe(GOOD_PROPOSAL.text);
    expect(seen).toHaveLength(2);
    expect(draft.usage?.calls).toHaveLength(1);
  });

  it('answers LLM_UNAVAILABLE naming the server when 5xx persists', async () => {
    const { sleep } = fakeSleep();
    const seen = serve(api, [{ status: 503 }]);
    const error = await failure(engineFor(api, { maxRetries: 1 }, sleep).propose(proposeContext()));
    expect(error.code).toBe('LLM_UNAVAILABLE');
    expect(error.message).toBe(`The model server at ${BASE_URL} answered 503 after 1 retry; try again in a few minutes.`);
    expect(seen).toHaveLength(2);
  });

  it('answers LLM_UNAVAILABLE when the server cannot be reached', async () => {
    const { sleep } = fakeSleep();
    serve(api, [{ networkError: true }]);
    const error = await failure(engineFor(api, { maxRetries: 1 }, sleep).propose(proposeContext()));
    expect(error.code).toBe('LLM_UNAVAILABLE');
    expect(error.message).toMatch(new RegExp(`^Could not reach the model server at ${BASE_URL} after 1 retry .*check OPENAI_BASE_URL`));
  });

  it('answers LLM_TIMEOUT when the server is slower than the timeout, without retrying', async () => {
    const seen = serve(api, [{ delayMs: 1500, output: GOOD_PROPOSAL }]);
    const error = await failure(engineFor(api, { timeoutMs: 200 }).propose(proposeContext()));
    expect(error.code).toBe('LLM_TIMEOUT');
    expect(error.message).toContain('within 200 ms');
    expect(error.message).toContain('BIDWRIGHT_TIMEOUT_MS');
    expect(seen).toHaveLength(1);
  });

  it('answers a refused key (401) in one line, without the key and without retrying', async () => {
    const seen = serve(api, [{ status: 401 }]);
    const error = await failure(engineFor(api).propose(proposeContext()));
    expect(error.code).toBe('CONFIG');
    expect(error.message).toBe(`The model server at ${BASE_URL} refused the API key (401): check OPENAI_API_KEY.`);
    expect(seen).toHaveLength(1);
    expect(inspect(error, { depth: 10 })).not.toContain(API_KEY);
  });

  it('says "OpenAI" when the key is refused by OpenAI itself', async () => {
    serve(api, [{ status: 401 }], 'https://api.openai.com/v1');
    const error = await failure(engineFor(api, { baseURL: undefined }).propose(proposeContext()));
    expect(error.message).toBe('OpenAI refused the API key (401): check OPENAI_API_KEY.');
  });
});

describe('the API key in errors', () => {
  it('never appears in any error message, whatever the failure', async () => {
    const { sleep } = fakeSleep();
    const replies: ModelReply[][] = [
      [{ status: 401 }],
      [{ status: 403 }],
      [{ status: 429 }],
      [{ status: 500 }],
      [{ status: 400 }],
      [{ status: 404 }],
      [{ networkError: true }],
      [{ output: BAD_SHAPE }],
    ];
    const messages: string[] = [];
    for (const reply of replies) {
      server.resetHandlers();
      serve('responses', reply);
      const error = await failure(engineFor('responses', { maxRetries: 1 }, sleep).propose(proposeContext()));
      messages.push(error.message, String(error));
    }
    expect(messages.length).toBe(16);
    for (const message of messages) {
      expect(message).not.toContain(API_KEY);
      expect(message).not.toContain(API_KEY.slice(3, 15));
      expect(message.includes('\n')).toBe(false);
    }
  });
});
