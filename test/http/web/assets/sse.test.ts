import { describe, expect, it } from 'vitest';

interface SseModule {
  readEvents(body: ReadableStream<Uint8Array>, onEvent: (event: string, data: unknown) => void): Promise<void>;
  problemDetail(response: Response): Promise<string>;
}

// A browser module without type declarations: imported by URL so TypeScript does not resolve it.
const MODULE = new URL('../../../../src/http/web/assets/sse.js', import.meta.url).href;
const load = () => import(MODULE) as Promise<SseModule>;

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<Array<[string, unknown]>> {
  const { readEvents } = await load();
  const events: Array<[string, unknown]> = [];
  await readEvents(streamOf(chunks), (event, data) => events.push([event, data]));
  return events;
}

describe('the browser SSE reader', () => {
  it('reads named events with JSON data', async () => {
    const events = await collect([
      'event: partial\ndata: {"text":"Hel"}\n\nevent: partial\ndata: {"text":"Hello"}\n\nevent: final\ndata: {"text":"Hello.","findings":[]}\n\n',
    ]);
    expect(events).toEqual([
      ['partial', { text: 'Hel' }],
      ['partial', { text: 'Hello' }],
      ['final', { text: 'Hello.', findings: [] }],
    ]);
  });

  it('joins events split across chunks, including a CRLF split between chunks', async () => {
    const events = await collect(['event: par', 'tial\r\ndata: {"text":', '"a b"}\r', '\n\r\n', 'event: final\ndata: {"text":"a b c"}']);
    expect(events).toEqual([
      ['partial', { text: 'a b' }],
      ['final', { text: 'a b c' }],
    ]);
  });

  it('skips comments and events without data, and joins multi-line data', async () => {
    const events = await collect([': keep-alive\n\nevent: ping\n\ndata: {"text":\ndata: "x"}\n\n']);
    expect(events).toEqual([['message', { text: 'x' }]]);
  });

  it('passes on what the handler throws, so an error event stops the read', async () => {
    const { readEvents } = await load();
    const stream = streamOf(['event: error\ndata: {"detail":"No answer."}\n\nevent: final\ndata: {}\n\n']);
    const seen: string[] = [];
    await expect(
      readEvents(stream, (event, data) => {
        seen.push(event);
        if (event === 'error') throw new Error((data as { detail: string }).detail);
      }),
    ).rejects.toThrow('No answer.');
    expect(seen).toEqual(['error']);
  });

  it('describes a failed response by its problem detail, or by its status', async () => {
    const { problemDetail } = await load();
    const problem = new Response(JSON.stringify({ title: 'Bad', detail: 'The job post is empty.' }), { status: 400 });
    expect(await problemDetail(problem)).toBe('The job post is empty.');
    expect(await problemDetail(new Response('<html>', { status: 502 }))).toBe('the server answered 502.');
  });
});
