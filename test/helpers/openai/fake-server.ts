/**
 * A tiny OpenAI-compatible HTTP server (node:http on 127.0.0.1, a free port) for end-to-end tests
 * that run bidwright in a child process with OPENAI_BASE_URL pointing here, where msw cannot reach.
 * It answers POST /v1/responses and /v1/chat/completions, whole or streamed (when the body says
 * `"stream": true`), with the configured output as the model's text, and records every request.
 *
 *   const fake = await startFakeOpenAI({ reply: { text: '...', citations: [], screeningAnswers: [] } });
 *   // OPENAI_BASE_URL=fake.baseURL OPENAI_API_KEY=anything bidwright propose post.txt --engine openai
 *   await fake.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_TOKENS, errorBody, replyText, sseFrame, streamEvents, wholeBody, type Api, type Tokens } from './replies.ts';

export interface FakeRequest {
  api: Api;
  path: string;
  stream: boolean;
  /** The Authorization header as sent (tests may check a key arrived; never print it). */
  authorization: string | null;
  body: Record<string, unknown>;
}

export interface FakeOpenAIOptions {
  /** The model's output for every request: an object (sent as JSON text), a string, or a function of the request. */
  reply: unknown;
  /** Requests bearing `Authorization: Bearer <wrongKey>` are refused with 401, as OpenAI refuses a bad key. */
  wrongKey?: string;
  tokens?: Tokens;
}

export interface FakeOpenAI {
  /** e.g. http://127.0.0.1:54321/v1 — use as OPENAI_BASE_URL. */
  baseURL: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

const ROUTES: Record<string, Api> = { '/v1/responses': 'responses', '/v1/chat/completions': 'chat' };

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function sendJson(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** Starts the server; resolves once it listens. */
export async function startFakeOpenAI(options: FakeOpenAIOptions): Promise<FakeOpenAI> {
  const requests: FakeRequest[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const path = (request.url ?? '').split('?')[0] ?? '';
      const api = ROUTES[path];
      if (request.method !== 'POST' || api === undefined) {
        sendJson(response, 404, errorBody(404, `No route ${request.method} ${path}`));
        return;
      }
      const body = await readJson(request);
      const authorization = request.headers.authorization ?? null;
      const seen: FakeRequest = { api, path, stream: body.stream === true, authorization, body };
      requests.push(seen);
      if (options.wrongKey !== undefined && authorization === `Bearer ${options.wrongKey}`) {
        sendJson(response, 401, errorBody(401, 'Incorrect API key provided.'));
        return;
      }
      const output = typeof options.reply === 'function' ? (options.reply as (request: FakeRequest) => unknown)(seen) : options.reply;
      const text = replyText(output);
      const tokens = options.tokens ?? DEFAULT_TOKENS;
      if (!seen.stream) {
        sendJson(response, 200, wholeBody(api, text, tokens));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const event of streamEvents(api, text, { tokens })) response.write(sseFrame(event));
      response.end();
    })().catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, errorBody(500, String(error)));
      else response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
