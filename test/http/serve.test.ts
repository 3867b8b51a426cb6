import { afterEach, describe, expect, it } from 'vitest';
import { BidwrightError } from '../../src/domain/errors.ts';
import type { LogEntry } from '../../src/domain/ports.ts';
import { assertSafeBinding, isLoopback, startServer, type RunningServer } from '../../src/http/serve.ts';
import { buildApp, engineWith, JOB_POST, parseSse } from './helpers.ts';

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function start(app = buildApp().app, extra: { token?: string; onClose?: () => void } = {}) {
  const logs: LogEntry[] = [];
  const server = await startServer({
    app,
    host: '127.0.0.1',
    port: 0,
    token: extra.token,
    logger: { log: (e) => logs.push(e) },
    onClose: extra.onClose,
    shutdownTimeoutMs: 2000,
  });
  running.push(server);
  return { server, logs };
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('isLoopback and assertSafeBinding', () => {
  it('knows loopback names and addresses', () => {
    for (const host of ['127.0.0.1', '127.8.0.1', 'localhost', '::1', '[::1]']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com', '10.0.0.1', '127.evil.com']) expect(isLoopback(host), host).toBe(false);
  });

  it('refuses a non-loopback host without a token, with a one-line CONFIG error', () => {
    expect(() => assertSafeBinding('0.0.0.0', undefined)).toThrow(/Refusing to listen on 0\.0\.0\.0 without a token: set BIDWRIGHT_TOKEN/);
    try {
      assertSafeBinding('::', undefined);
    } catch (error) {
      expect(error).toBeInstanceOf(BidwrightError);
      expect((error as BidwrightError).code).toBe('CONFIG');
      expect((error as BidwrightError).message).not.toContain('\n');
    }
    expect(() => assertSafeBinding('0.0.0.0', 'tok')).not.toThrow();
    expect(() => assertSafeBinding('127.0.0.1', undefined)).not.toThrow();
  });

  it('startServer refuses before listening', async () => {
    await expect(startServer({ app: buildApp().app, host: '0.0.0.0', port: 0, token: undefined, logger: { log: () => undefined } })).rejects.toMatchObject({
      code: 'CONFIG',
    });
  });

  it('reports a port in use as CONFIG', async () => {
    const { server } = await start();
    const port = Number(new URL(server.url).port);
    await expect(startServer({ app: buildApp().app, host: '127.0.0.1', port, token: undefined, logger: { log: () => undefined } })).rejects.toThrow(
      /port is in use/,
    );
  });
});

describe('startServer over a real socket', () => {
  it('listens on a free port and answers', async () => {
    const { server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok', engine: 'offline', model: null });
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('stays up after broken JSON, a wrong type, a huge body and a wrong token', async () => {
    const { server } = await start(buildApp({ token: 'tok' }).app, { token: 'tok' });
    const auth = { Authorization: 'Bearer tok' };
    expect((await post(`${server.url}/api/triage`, '{"jobPost":', auth)).status).toBe(400);
    expect((await post(`${server.url}/api/triage`, '{"jobPost":[1]}', auth)).status).toBe(400);
    expect((await post(`${server.url}/api/triage`, JSON.stringify({ jobPost: 'z'.repeat(6 * 1024 * 1024) }), auth)).status).toBe(413);
    expect((await post(`${server.url}/api/triage`, '{}', { Authorization: 'Bearer nope' })).status).toBe(401);
    const ok = await post(`${server.url}/api/triage`, JSON.stringify({ jobPost: JOB_POST }), auth);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { verdict: string }).verdict).toMatch(/pursue|consider|skip/);
  });

  it('streams a proposal as SSE over the socket', async () => {
    const { server } = await start();
    const response = await post(`${server.url}/api/proposals`, JSON.stringify({ jobPost: JOB_POST }), { Accept: 'text/event-stream' });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = parseSse(await response.text());
    expect(events.filter((event) => event.event === 'partial').length).toBeGreaterThan(2);
    expect(events.at(-1)?.event).toBe('final');
    expect(JSON.parse(events.at(-1)!.data)).toHaveProperty('findings');
  });

  it('survives a client that hangs up mid-stream', async () => {
    const { server, logs } = await start();
    const response = await post(`${server.url}/api/proposals`, JSON.stringify({ jobPost: JOB_POST }), { Accept: 'text/event-stream' });
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('event: partial');
    await reader.cancel();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});

describe('RunningServer.close', () => {
  it('lets a request in flight finish, refuses new connections, then runs onClose', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const started = new Promise<void>((resolve) => (entered = resolve));
    const base = engineWith({});
    const engine = engineWith({
      propose: async (context) => {
        entered();
        await gate;
        return base.propose(context);
      },
    });
    const { app, store } = buildApp({ engine });
    let closedHook = false;
    const { server } = await start(app, { onClose: () => void (closedHook = true) });

    const inFlight = post(`${server.url}/api/proposals`, JSON.stringify({ jobPost: JOB_POST }));
    await started;
    const closing = server.close();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    expect(closedHook).toBe(false);
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { text: string }).text.length).toBeGreaterThan(50);
    await closing;
    expect(closedHook).toBe(true);
    // The request's store write finished before close resolved.
    expect((await store.listDrafts({ limit: 100 })).items).toHaveLength(1);
  });

  it('cuts connections still open after the timeout', async () => {
    let arrived = (): void => undefined;
    const inFlight = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const engine = engineWith({
      propose: () => {
        arrived();
        return new Promise(() => undefined);
      },
    });
    const logs: LogEntry[] = [];
    const server = await startServer({
      app: buildApp({ engine }).app,
      host: '127.0.0.1',
      port: 0,
      token: undefined,
      logger: { log: (e) => logs.push(e) },
      shutdownTimeoutMs: 200,
    });
    const stuck = post(`${server.url}/api/proposals`, JSON.stringify({ jobPost: JOB_POST })).catch((error: unknown) => error);
    // Close only once the request is in the engine, however busy the machine (a fixed wait was not enough).
    await inFlight;
    await server.close();
    expect(await stuck).toBeInstanceOf(Error);
    expect(logs.some((entry) => entry.msg.startsWith('shutdown timeout'))).toBe(true);
  });

  it('can be called twice', async () => {
    const { server } = await start();
    await Promise.all([server.close(), server.close()]);
  });
});
