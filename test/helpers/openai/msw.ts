/**
 * msw handlers that play an OpenAI-compatible server for the engine tests. Each test queues the
 * replies the server gives, in order (the last one repeats), and reads back the requests it got.
 */
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { OpenAIConfig } from '../../../src/domain/model-settings.ts';
import { DEFAULT_PRICES } from '../../../src/domain/model-settings.ts';
import { errorBody, replyText, sseFrame, streamEvents, wholeBody, type Api, type Tokens } from './replies.ts';

export const BASE_URL = 'http://model.test/v1';
export const API_KEY = 'sk-test-4f9c2a7e1b8d6e3f0a5c';

export interface ModelReply {
  /** A failure status (with OpenAI's error body) instead of an answer. */
  status?: number;
  headers?: Record<string, string>;
  /** The model's output: an object (sent as JSON text) or raw text. */
  output?: unknown;
  tokens?: Tokens;
  /** Streamed replies only: stop before the finish event. */
  cut?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Fail at the network level, as when nothing listens on the port. */
  networkError?: boolean;
  /** Streamed replies only: wait this long between events. */
  eventDelayMs?: number;
}

export interface SeenRequest {
  api: Api;
  at: number;
  stream: boolean;
  authorization: string | null;
  body: Record<string, unknown>;
}

function streamBody(events: (object | string)[], eventDelayMs: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      for (const event of events) {
        if (eventDelayMs > 0) await delay(eventDelayMs);
        controller.enqueue(encoder.encode(sseFrame(event)));
      }
      controller.close();
    },
  });
}

/** A handler for one API; `replies` are served in order and the last one repeats. */
function modelHandler(api: Api, replies: ModelReply[], seen: SeenRequest[], baseURL = BASE_URL) {
  const path = api === 'responses' ? `${baseURL}/responses` : `${baseURL}/chat/completions`;
  let served = 0;
  return http.post(path, async ({ request }) => {
    const body = (await request.json()) as Record<string, unknown>;
    const stream = body.stream === true;
    seen.push({ api, at: Date.now(), stream, authorization: request.headers.get('authorization'), body });
    const reply = replies[Math.min(served, replies.length - 1)] ?? { status: 500 };
    served += 1;
    if (reply.delayMs) await delay(reply.delayMs);
    if (reply.networkError) return HttpResponse.error();
    if (reply.status !== undefined) {
      return HttpResponse.json(errorBody(reply.status, `test failure ${reply.status}`), { status: reply.status, headers: reply.headers ?? {} });
    }
    const text = replyText(reply.output ?? {});
    if (!stream) return HttpResponse.json(wholeBody(api, text, reply.tokens), { headers: reply.headers ?? {} });
    const events = streamEvents(api, text, { ...(reply.tokens ? { tokens: reply.tokens } : {}), cut: reply.cut ?? false });
    return new HttpResponse(streamBody(events, reply.eventDelayMs ?? 0), { headers: { 'content-type': 'text/event-stream', ...reply.headers } });
  });
}

/** An engine configuration pointing at the msw server. */
export function testConfig(api: Api, overrides: Partial<OpenAIConfig> = {}): OpenAIConfig {
  const model = 'gpt-5-mini';
  return {
    apiKey: API_KEY,
    baseURL: BASE_URL,
    api,
    models: { triage: model, propose: model, offer: model, audit: model, casestudy: model, judge: model },
    timeoutMs: 5_000,
    maxRetries: 2,
    prices: DEFAULT_PRICES,
    ...overrides,
  };
}

/**
 * An msw server for one test file's model calls (unmatched requests fail at once, handlers reset
 * after each test), and `serve`, which queues the replies and returns the requests seen.
 */
export function useModelServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const serve = (api: Api, replies: ModelReply[], baseURL = BASE_URL): SeenRequest[] => {
    const seen: SeenRequest[] = [];
    server.use(modelHandler(api, replies, seen, baseURL));
    return seen;
  };
  return { server, serve };
}
