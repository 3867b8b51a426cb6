import { describe, expect, it } from 'vitest';
import { buildApp, JOB_POST, jsonRequest, problemOf } from './helpers.ts';

describe('createApp: headers on every response', () => {
  it('sends a strict CSP, nosniff, no referrer and a request id on an API answer', async () => {
    const { app } = buildApp();
    const response = await app.request('/healthz');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends the same headers on an error, whose body names the same request id', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/nothing-here');
    const problem = await problemOf(response);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('gives each request its own id', async () => {
    const { app } = buildApp();
    const [a, b] = await Promise.all([app.request('/healthz'), app.request('/healthz')]);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });
});

describe('createApp: errors as problem+json', () => {
  it('answers an unknown route with a 404 problem naming the path', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/unknown', { method: 'POST' });
    expect(response.status).toBe(404);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 404, instance: '/api/unknown', type: 'urn:bidwright:problem:not-found' });
    expect(String(problem.detail)).toContain('POST /api/unknown');
  });

  it('answers a wrong method with 405 and an Allow header', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/triage');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await problemOf(response)).detail).toContain('GET is not allowed');
    const proof = await app.request('/api/proof/some-id', { method: 'POST' });
    expect(proof.status).toBe(405);
    expect(proof.headers.get('allow')).toBe('GET, PUT, DELETE');
  });

  it('answers broken JSON with a 400 that says the body is not valid JSON', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/triage', jsonRequest('POST', '{"jobPost": "a'));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toMatch(/^The body is not valid JSON: /);
  });

  it('answers an empty body with a 400 that shows the expected shape', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/lint', jsonRequest('POST', ''));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toContain('The body is empty');
  });

  it('answers a body not sent as JSON with 415', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/triage', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JOB_POST });
    expect(response.status).toBe(415);
    expect((await problemOf(response)).detail).toContain('Content-Type: application/json');
    const none = await app.request('/api/triage', { method: 'POST', body: JSON.stringify({ jobPost: JOB_POST }) });
    expect(none.status).toBe(415);
  });

  it('accepts a JSON content type with a charset', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/lint', jsonRequest('POST', { text: 'A short draft.' }, { 'Content-Type': 'application/json; charset=utf-8' }));
    expect(response.status).toBe(200);
  });

  it('answers a 6 MB body with 413 without parsing it', async () => {
    const { app } = buildApp();
    const big = JSON.stringify({ jobPost: 'x'.repeat(6 * 1024 * 1024) });
    const response = await app.request('/api/triage', jsonRequest('POST', big));
    expect(response.status).toBe(413);
    expect((await problemOf(response)).detail).toContain('1,048,576 bytes');
  });

  it('answers 413 from the Content-Length alone when the client declares it', async () => {
    const { app } = buildApp({ bodyLimit: 100 });
    const body = JSON.stringify({ text: 'y'.repeat(200) });
    const response = await app.request('/api/lint', jsonRequest('POST', body, { 'Content-Length': String(body.length) }));
    expect(response.status).toBe(413);
  });

  it('lists validation issues in `errors` when a field has the wrong type', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/proposals', jsonRequest('POST', { jobPost: JOB_POST, tone: 'sarcastic' }));
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.type).toBe('urn:bidwright:problem:invalid-input');
    const errors = problem.errors as { path: unknown[]; message: string }[];
    expect(errors.map((issue) => issue.path)).toEqual([['tone']]);
    expect(String(problem.detail)).toMatch(/^Tone must be "plain"/);
  });

  it('never sends a stack trace, and logs an unexpected error with its stack and request id', async () => {
    const boom = () => {
      throw new TypeError('cannot read properties of undefined (secret internals)');
    };
    const { app, logs } = buildApp({ store: { ...buildApp().store, getProfile: boom } });
    const response = await app.request('/api/profile');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('secret internals');
    expect(text).not.toMatch(/at .*\.ts:\d+/);
    const problem = JSON.parse(text) as Record<string, string>;
    expect(problem.detail).toContain(problem.requestId);
    const logged = logs.find((entry) => entry.msg === 'unexpected error');
    expect(logged?.requestId).toBe(problem.requestId);
    expect(String(logged?.stack)).toContain('secret internals');
  });
});

describe('createApp: the token', () => {
  const token = 's3cret-token-value';

  it('answers /api/* without a token with 401 and WWW-Authenticate: Bearer', async () => {
    const { app } = buildApp({ token });
    const response = await app.request('/api/profile');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await problemOf(response)).detail).toContain('Authorization: Bearer');
  });

  it('answers a wrong token with 401 before reading the body', async () => {
    const { app } = buildApp({ token });
    for (const value of ['Bearer wrong', `Bearer ${token}x`, `Basic ${token}`, token, 'Bearer ']) {
      const response = await app.request('/api/triage', jsonRequest('POST', '{broken', { Authorization: value }));
      expect(response.status, value).toBe(401);
    }
  });

  it('lets the right token through, case-insensitive scheme', async () => {
    const { app } = buildApp({ token });
    expect((await app.request('/api/profile', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await app.request('/api/profile', { headers: { Authorization: `bearer ${token}` } })).status).toBe(200);
  });

  it('asks for a web login, not the Bearer token, outside /api', async () => {
    const { app } = buildApp({ token });
    expect((await app.request('/healthz')).status).toBe(200);
    const docs = await app.request('/docs', { headers: { Authorization: `Bearer ${token}` } });
    expect(docs.status).toBe(303);
    expect(docs.headers.get('location')).toBe('/login?next=%2Fdocs');
  });

  it('asks for nothing when no token is configured', async () => {
    const { app } = buildApp();
    expect((await app.request('/api/profile')).status).toBe(200);
  });
});

describe('createApp: logs', () => {
  it('logs method, path, status, duration and request id, and never the body or the token', async () => {
    const token = 'tok-do-not-log';
    const { app, logs } = buildApp({ token });
    const response = await app.request('/api/triage?key=query-secret', jsonRequest('POST', { jobPost: JOB_POST }, { Authorization: `Bearer ${token}` }));
    expect(response.status).toBe(200);
    const line = logs.find((entry) => entry.msg === 'request');
    expect(line).toMatchObject({ method: 'POST', path: '/api/triage', status: 200, requestId: response.headers.get('x-request-id') });
    expect(typeof line?.durationMs).toBe('number');
    const all = JSON.stringify(logs);
    expect(all).not.toContain(token);
    expect(all).not.toContain('garden tools');
    expect(all).not.toContain('query-secret');
  });
});
