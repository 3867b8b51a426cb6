/** A real server on a socket for the access tests, and raw HTTP requests that may set any Host header. */
import { request } from 'node:http';
import { afterEach } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startServer, type RunningServer } from '../../src/http/serve.ts';
import { buildApp, type TestApp } from './helpers.ts';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const running: RunningServer[] = [];

/** Closes every server `startAccessServer` started, after each test. */
export function closeServersAfterEach(): void {
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
  });
}

/** Starts the app on 127.0.0.1 with the given environment (token, allowed hosts, limits). */
export async function startAccessServer(env: Record<string, string> = {}): Promise<{ url: string; test: TestApp }> {
  const { token, access } = loadConfig(env).server;
  const test = buildApp({ token, access });
  const server = await startServer({ app: test.app, host: '127.0.0.1', port: 0, token, logger: { log: () => undefined } });
  running.push(server);
  return { url: server.url, test };
}

/** One request over a fresh connection; unlike fetch, it sends the Host header it is given. */
export function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The host:port of a server URL, as a browser on it sends in Host and Origin. */
export function hostOf(url: string): string {
  return new URL(url).host;
}

/** A form post as the server's own page sends it (same origin), plus any extra headers. */
export function postForm(url: string, path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
  return send(`${url}${path}`, {
    method: 'POST',
    headers: { Origin: url, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A JSON post to the API. */
export function postJson(url: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** The Set-Cookie header as one string. */
export function setCookieOf(answer: Answer): string {
  const header = answer.headers['set-cookie'];
  return Array.isArray(header) ? header.join('\n') : (header ?? '');
}

/** Logs in through the form and returns the Cookie header for later requests. */
export async function logIn(url: string, token: string, next = '/'): Promise<string> {
  const answer = await postForm(url, '/login', { token, next });
  const cookie = setCookieOf(answer).split(';')[0];
  if (answer.status !== 303 || !cookie) throw new Error(`login failed with ${answer.status}`);
  return cookie;
}
