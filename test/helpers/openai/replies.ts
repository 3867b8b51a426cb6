/**
 * Bodies an OpenAI-compatible server sends, in the shapes @ai-sdk/openai accepts: the Responses API
 * (`/responses`) and Chat Completions (`/chat/completions`), whole or streamed as server-sent events.
 * Shared by the msw handlers and the fake HTTP server.
 */

export type Api = 'responses' | 'chat';

export interface Tokens {
  input: number;
  output: number;
}

export const DEFAULT_TOKENS: Tokens = { input: 1200, output: 300 };

/** The model's text for a reply: objects are sent as JSON, strings as they are. */
export function replyText(output: unknown): string {
  return typeof output === 'string' ? output : JSON.stringify(output);
}

/** A whole (non-streamed) answer. */
export function wholeBody(api: Api, text: string, tokens: Tokens = DEFAULT_TOKENS, model = 'test-model'): object {
  if (api === 'responses') {
    return {
      id: 'resp_1',
      object: 'response',
      created_at: 1_700_000_000,
      model,
      status: 'completed',
      output: [{ type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text, annotations: [] }] }],
      usage: { input_tokens: tokens.input, output_tokens: tokens.output, total_tokens: tokens.input + tokens.output },
    };
  }
  return {
    id: 'chatcmpl_1',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: tokens.input, completion_tokens: tokens.output, total_tokens: tokens.input + tokens.output },
  };
}

/** Splits text into `count` pieces of about equal size, so a stream has several deltas. */
function pieces(text: string, count = 4): string[] {
  const size = Math.max(1, Math.ceil(text.length / count));
  const out: string[] = [];
  for (let start = 0; start < text.length; start += size) out.push(text.slice(start, start + size));
  return out;
}

export interface StreamShape {
  tokens?: Tokens;
  /** Stop before the finish event (and [DONE]), as when a connection is cut. */
  cut?: boolean;
  model?: string;
}

/** The `data:` payloads of a streamed answer, in order (strings are sent as they are, e.g. "[DONE]"). */
export function streamEvents(api: Api, text: string, shape: StreamShape = {}): (object | string)[] {
  const tokens = shape.tokens ?? DEFAULT_TOKENS;
  const model = shape.model ?? 'test-model';
  if (api === 'responses') {
    const head = { id: 'resp_1', object: 'response', created_at: 1_700_000_000, model };
    const events: (object | string)[] = [
      { type: 'response.created', response: { ...head, status: 'in_progress' } },
      // The provider drops text deltas for an item it has not seen added.
      { type: 'response.output_item.added', output_index: 0, item: { type: 'message', id: 'msg_1', role: 'assistant', status: 'in_progress', content: [] } },
      ...pieces(text).map((delta) => ({ type: 'response.output_text.delta', item_id: 'msg_1', output_index: 0, content_index: 0, delta })),
    ];
    if (shape.cut) return events;
    return [
      ...events,
      {
        type: 'response.output_item.done',
        output_index: 0,
        item: { type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text, annotations: [] }] },
      },
      {
        type: 'response.completed',
        response: {
          ...head,
          status: 'completed',
          usage: { input_tokens: tokens.input, output_tokens: tokens.output, total_tokens: tokens.input + tokens.output },
        },
      },
    ];
  }
  const chunk = (delta: object, finish: string | null, extra: object = {}) => ({
    id: 'chatcmpl_1',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
    ...extra,
  });
  const events: (object | string)[] = pieces(text).map((content, index) => chunk(index === 0 ? { role: 'assistant', content } : { content }, null));
  if (shape.cut) return events;
  return [
    ...events,
    chunk({}, 'stop', { usage: { prompt_tokens: tokens.input, completion_tokens: tokens.output, total_tokens: tokens.input + tokens.output } }),
    '[DONE]',
  ];
}

/** Server-sent events framing for one payload. */
export function sseFrame(event: object | string): string {
  return `data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`;
}

/** The error body OpenAI sends with a failure status. */
export function errorBody(status: number, message: string): object {
  const type = status === 401 ? 'invalid_request_error' : status === 429 ? 'rate_limit_error' : 'server_error';
  return { error: { message, type, code: status === 401 ? 'invalid_api_key' : null, param: null } };
}
