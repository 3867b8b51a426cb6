import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { isBidwrightError } from '../../../src/domain/errors.ts';
import type { ProposalDraft } from '../../../src/domain/ports.ts';
import { createOpenAIEngine } from '../../../src/engines/openai/index.ts';
import { recordingKey } from '../../../src/engines/openai/record-replay.ts';
import { parseJobPost } from '../../../src/parse/parse-job-post.ts';
import { GOOD_PROPOSAL, GOOD_TRIAGE, POST_TEXT, proposeContext, triageContext } from '../../helpers/openai/fixtures.ts';
import { testConfig, useModelServer } from '../../helpers/openai/msw.ts';
import type { Api } from '../../helpers/openai/replies.ts';

const { server, serve } = useModelServer();

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bidwright-recordings-'));
  dirs.push(dir);
  return dir;
}

/** Counts any request at all; replay must make none. */
function watchNetwork(): string[] {
  const requests: string[] = [];
  server.use(
    http.all('*', ({ request }) => {
      requests.push(request.url);
      return HttpResponse.json({ error: { message: 'no network in replay' } }, { status: 500 });
    }),
  );
  return requests;
}

const engine = (api: Api, mode: 'record' | 'replay', dir: string) => createOpenAIEngine({ config: testConfig(api), recording: { mode, dir } });

async function collect(stream: ReturnType<ReturnType<typeof createOpenAIEngine>['streamProposal']>) {
  const partials: Partial<ProposalDraft>[] = [];
  for await (const partial of stream.partials) partials.push(partial);
  return { partials, final: await stream.result };
}

describe.each<Api>(['responses', 'chat'])('record and replay over the %s API', (api) => {
  it('replays exactly what the recorded run returned, without any network call', async () => {
    const dir = tempDir();
    serve(api, [{ output: GOOD_PROPOSAL, tokens: { input: 777, output: 111 } }]);
    const recorded = await engine(api, 'record', dir).propose(proposeContext());
    expect(readdirSync(dir).filter((file) => /^[0-9a-f]{64}\.json$/.test(file))).toHaveLength(1);
    server.resetHandlers();
    const network = watchNetwork();
    const replayed = await engine(api, 'replay', dir).propose(proposeContext());
    expect(replayed).toEqual(recorded);
    expect(replayed.usage?.inputTokens).toBe(777);
    expect(network).toEqual([]);
  });

  it('replays a recorded stream part by part', async () => {
    const dir = tempDir();
    serve(api, [{ output: GOOD_PROPOSAL }]);
    const recorded = await collect(engine(api, 'record', dir).streamProposal(proposeContext()));
    server.resetHandlers();
    const network = watchNetwork();
    const replayed = await collect(engine(api, 'replay', dir).streamProposal(proposeContext()));
    expect(replayed.partials).toEqual(recorded.partials);
    expect(replayed.final).toEqual(recorded.final);
    expect(network).toEqual([]);
  });

  it('answers a streamed request from a whole recording of the same prompt', async () => {
    const dir = tempDir();
    serve(api, [{ output: GOOD_PROPOSAL }]);
    const recorded = await engine(api, 'record', dir).propose(proposeContext());
    server.resetHandlers();
    watchNetwork();
    const replayed = await collect(engine(api, 'replay', dir).streamProposal(proposeContext()));
    expect(replayed.final.text).toBe(recorded.text);
  });

  it('does not keep a recording of a stream that was cut', async () => {
    const dir = tempDir();
    serve(api, [{ output: GOOD_PROPOSAL, cut: true }]);
    await expect(collect(engine(api, 'record', dir).streamProposal(proposeContext()))).rejects.toThrow(/ended before/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('replay without a recording', () => {
  it('fails with LLM_UNAVAILABLE naming the folder, with the folder as its reason for the CLI, and calls nobody', async () => {
    const dir = tempDir();
    const network = watchNetwork();
    let caught: unknown;
    try {
      await engine('responses', 'replay', dir).triage(triageContext());
    } catch (error) {
      caught = error;
    }
    expect(isBidwrightError(caught) && caught.code).toBe('LLM_UNAVAILABLE');
    expect((caught as Error).message).toMatch(new RegExp(`^No recording for this prompt in ${dir} \\(model gpt-5-mini\\); record one`));
    expect((caught as Error).message).not.toContain('--record');
    expect(isBidwrightError(caught) && caught.details).toEqual({ reason: 'missing-recording', dir });
    expect(network).toEqual([]);
  });

  it('misses when the prompt changed since the recording', async () => {
    const dir = tempDir();
    serve('responses', [{ output: GOOD_TRIAGE }]);
    await engine('responses', 'record', dir).triage(triageContext());
    server.resetHandlers();
    watchNetwork();
    const otherPost = parseJobPost(POST_TEXT.replace('six bakeries', 'seven bakeries'));
    await expect(engine('responses', 'replay', dir).triage(triageContext(otherPost))).rejects.toThrow(/No recording for this prompt/);
    await expect(engine('responses', 'replay', dir).triage(triageContext())).resolves.toMatchObject({ verdict: 'pursue' });
  });

  it('stores the model, the kind of call and the answer in the recording file', async () => {
    const dir = tempDir();
    serve('chat', [{ output: GOOD_TRIAGE }]);
    await engine('chat', 'record', dir).triage(triageContext());
    const [file] = readdirSync(dir);
    const recording = JSON.parse(readFileSync(join(dir, file!), 'utf8'));
    expect(recording).toMatchObject({ version: 1, model: 'gpt-5-mini', kind: 'generate' });
    expect(JSON.stringify(recording.result.content)).toContain('client.paymentVerified');
  });
});

describe('recordingKey', () => {
  const prompt = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hello' }] }];
  const schema = { type: 'json' as const, schema: { type: 'object', properties: { a: { type: 'string' } } } };

  it('is the same for the same model, prompt and schema', () => {
    expect(recordingKey('m', { prompt, responseFormat: schema })).toBe(recordingKey('m', { prompt, responseFormat: schema }));
  });

  it('changes with the model, the prompt or the schema', () => {
    const base = recordingKey('m', { prompt, responseFormat: schema });
    expect(recordingKey('m2', { prompt, responseFormat: schema })).not.toBe(base);
    expect(recordingKey('m', { prompt: [{ role: 'user', content: [{ type: 'text', text: 'hello!' }] }], responseFormat: schema })).not.toBe(base);
    expect(recordingKey('m', { prompt, responseFormat: { type: 'json', schema: { type: 'object' } } })).not.toBe(base);
  });

  it('is the same for two requests that differ only in their random data-tag suffix, and not when the data differs', () => {
    const sent = (suffix: string, data: string) => [
      { role: 'system' as const, content: `Every data tag of this message ends in "_${suffix}".` },
      { role: 'user' as const, content: [{ type: 'text' as const, text: `<job_post_${suffix}>\n${data}\n</job_post_${suffix}>` }] },
    ];
    const key = (suffix: string, data: string) => recordingKey('m', { prompt: sent(suffix, data), responseFormat: schema });
    expect(key('0123abcd', 'a post')).toBe(key('fedc9876', 'a post'));
    expect(key('0123abcd', 'a post')).not.toBe(key('0123abcd', 'another post'));
  });
});
