import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { OpenAIConfig } from '../../../src/domain/model-settings.ts';
import { isBidwrightError } from '../../../src/domain/errors.ts';
import type { ProposalDraft } from '../../../src/domain/ports.ts';
import { createOpenAIEngine } from '../../../src/engines/openai/index.ts';
import { GOOD_PROPOSAL, proposeContext } from '../../helpers/openai/fixtures.ts';
import { API_KEY, testConfig, useModelServer } from '../../helpers/openai/msw.ts';
import type { Api } from '../../helpers/openai/replies.ts';

const { serve } = useModelServer();

interface Outcome {
  partials: Partial<ProposalDraft>[];
  /** What iterating `partials` threw, if anything. */
  streamError: unknown;
  result: { ok: true; draft: Awaited<ReturnType<ReturnType<typeof createOpenAIEngine>['propose']>> } | { ok: false; error: unknown };
}

async function runStream(api: Api, overrides: Partial<OpenAIConfig> = {}, waits: number[] = []): Promise<Outcome> {
  const engine = createOpenAIEngine({ config: testConfig(api, overrides), retry: { sleep: async (ms) => void waits.push(ms) } });
  const stream = engine.streamProposal(proposeContext());
  const partials: Partial<ProposalDraft>[] = [];
  let streamError: unknown;
  try {
    for await (const partial of stream.partials) partials.push(partial);
  } catch (error) {
    streamError = error;
  }
  const result = await stream.result.then(
    (draft) => ({ ok: true as const, draft }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return { partials, streamError, result };
}

function codeOf(error: unknown): string {
  return isBidwrightError(error) ? error.code : `not a BidwrightError: ${inspect(error)}`;
}

describe.each<Api>(['responses', 'chat'])('streaming over the %s API', (api) => {
  it('rejects a stream cut before the finish event, and ends the partials with the same error', async () => {
    serve(api, [{ output: GOOD_PROPOSAL, cut: true }]);
    const outcome = await runStream(api);
    expect(outcome.partials.length).toBeGreaterThan(0);
    expect(codeOf(outcome.streamError)).toBe('LLM_UNAVAILABLE');
    expect(outcome.result.ok).toBe(false);
    if (!outcome.result.ok) {
      expect(outcome.result.error).toBe(outcome.streamError);
      expect((outcome.result.error as Error).message).toMatch(/ended before the model finished/);
    }
  });

  it('retries a 500 before the stream starts, then streams', async () => {
    const seen = serve(api, [{ status: 500 }, { output: GOOD_PROPOSAL }]);
    const waits: number[] = [];
    const outcome = await runStream(api, {}, waits);
    expect(outcome.streamError).toBeUndefined();
    expect(outcome.result.ok && outcome.result.draft.text).toBe(GOOD_PROPOSAL.text);
    expect(seen).toHaveLength(2);
    expect(waits).toEqual([500]);
  });

  it('honours Retry-After on a 429 before the stream starts', async () => {
    serve(api, [{ status: 429, headers: { 'retry-after': '2' } }, { output: GOOD_PROPOSAL }]);
    const waits: number[] = [];
    const outcome = await runStream(api, {}, waits);
    expect(outcome.result.ok).toBe(true);
    expect(waits).toEqual([2000]);
  });

  it('times out a stream that stalls part-way, with LLM_TIMEOUT', async () => {
    serve(api, [{ output: GOOD_PROPOSAL, eventDelayMs: 150 }]);
    const outcome = await runStream(api, { timeoutMs: 400 });
    expect(codeOf(outcome.streamError)).toBe('LLM_TIMEOUT');
    expect(outcome.result.ok).toBe(false);
  });

  it('repairs a final object that does not fit, with one (non-streamed) request', async () => {
    const seen = serve(api, [{ output: { text: 'A draft', citations: 'deli-sales-model', screeningAnswers: [] } }, { output: GOOD_PROPOSAL }]);
    const outcome = await runStream(api);
    expect(outcome.result.ok && outcome.result.draft.text).toBe(GOOD_PROPOSAL.text);
    expect(seen.map((request) => request.stream)).toEqual([true, false]);
    expect(outcome.result.ok && outcome.result.draft.usage?.calls.map((call) => call.purpose)).toEqual(['propose', 'propose:repair']);
  });

  it('rejects with LLM_OUTPUT_INVALID when the repair fails too', async () => {
    serve(api, [{ output: { text: 7 } }]);
    const outcome = await runStream(api);
    expect(codeOf(outcome.streamError)).toBe('LLM_OUTPUT_INVALID');
    expect(!outcome.result.ok && codeOf(outcome.result.error)).toBe('LLM_OUTPUT_INVALID');
  });

  it('rejects a refused key with the one-line CONFIG error', async () => {
    serve(api, [{ status: 401 }]);
    const outcome = await runStream(api);
    expect(codeOf(outcome.streamError)).toBe('CONFIG');
    expect((outcome.streamError as Error).message).toMatch(/refused the API key \(401\): check OPENAI_API_KEY\.$/);
    expect(inspect(outcome.streamError, { depth: 10 })).not.toContain(API_KEY);
  });
});
