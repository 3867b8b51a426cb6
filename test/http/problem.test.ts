import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { BidwrightError, ERROR_CODES, type ErrorCode } from '../../src/domain/errors.ts';
import type { LogEntry } from '../../src/domain/ports.ts';
import { createErrorHandler, createNotFoundHandler, HttpProblem, publicMessage, toProblem } from '../../src/http/problem.ts';

const where = { instance: '/api/x', requestId: 'req-1' };

const EXPECTED: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  STORE_CORRUPT: 500,
  STORE_IO: 500,
  CONFIG: 500,
  LLM_UNAVAILABLE: 502,
  RATE_LIMITED: 503,
  LLM_OUTPUT_INVALID: 502,
  LLM_TIMEOUT: 504,
};

describe('toProblem', () => {
  it.each(ERROR_CODES.map((code) => [code, EXPECTED[code]] as const))('maps %s to %i with the message an HTTP client may read', (code, status) => {
    const error = new BidwrightError(code, `message for ${code}`);
    const { problem, unexpected } = toProblem(error, where);
    expect(problem.status).toBe(status);
    expect(problem.detail).toBe(publicMessage(error));
    // The server's own failures name files and model servers: the client reads a plain message instead.
    expect(problem.detail === error.message).toBe(status < 500);
    expect(problem.type).toBe(`urn:bidwright:problem:${code.toLowerCase().replaceAll('_', '-')}`);
    expect(problem).toMatchObject(where);
    expect(unexpected).toBe(false);
  });

  it("says plainly that the data file is broken, leaving the file's path from the details out", () => {
    const error = new BidwrightError('STORE_CORRUPT', 'The data file is corrupt: it is not valid JSON. It was left as it is.', {
      details: { reason: 'corrupt-store-file', file: '/data/bidwright.json' },
    });
    const { problem } = toProblem(error, where);
    expect(problem.title).toBe('The data file is broken');
    expect(problem.detail).toMatch(/^The server's data file is broken/);
    expect(problem.advice).toMatch(/whoever runs the server/);
    expect(JSON.stringify(problem)).not.toContain('/data/bidwright.json');
  });

  it('includes zod issues as `errors` for INVALID_INPUT', () => {
    const issues = [{ code: 'invalid_type', path: ['jobPost'], message: 'expected string' }];
    const { problem } = toProblem(new BidwrightError('INVALID_INPUT', 'bad', { details: issues }), where);
    expect(problem.errors).toEqual(issues);
  });

  it('leaves `errors` out when there are no issues', () => {
    expect(toProblem(new BidwrightError('NOT_FOUND', 'gone'), where).problem).not.toHaveProperty('errors');
  });

  it('sends Retry-After for RATE_LIMITED when the engine knows the wait', () => {
    const known = toProblem(new BidwrightError('RATE_LIMITED', 'slow down', { details: { retryAfter: 2.2 } }), where);
    expect(known.headers['Retry-After']).toBe('3');
    const unknown = toProblem(new BidwrightError('RATE_LIMITED', 'slow down'), where);
    expect(unknown.headers).not.toHaveProperty('Retry-After');
  });

  it('asks for a bearer token on UNAUTHORIZED', () => {
    expect(toProblem(new BidwrightError('UNAUTHORIZED', 'no'), where).headers['WWW-Authenticate']).toMatch(/^Bearer/);
  });

  it('keeps the status and detail of an HTTP-level problem', () => {
    const { problem, headers } = toProblem(
      new HttpProblem(415, 'unsupported-media-type', 'Unsupported', 'send JSON', { 'Accept-Post': 'application/json' }),
      where,
    );
    expect(problem).toMatchObject({ status: 415, detail: 'send JSON', type: 'urn:bidwright:problem:unsupported-media-type' });
    expect(headers['Accept-Post']).toBe('application/json');
  });

  it('keeps a 4xx HTTPException from middleware', () => {
    expect(toProblem(new HTTPException(429, { message: 'too many' }), where).problem).toMatchObject({ status: 429, detail: 'too many' });
  });

  it('hides everything about an unexpected error behind a generic 500 with the request id', () => {
    const { problem, unexpected } = toProblem(new Error('database password is hunter2'), where);
    expect(problem.status).toBe(500);
    expect(problem.detail).not.toContain('hunter2');
    expect(problem.detail).toContain('req-1');
    expect(unexpected).toBe(true);
  });
});

describe('createErrorHandler and createNotFoundHandler', () => {
  function app(logs: LogEntry[]) {
    const hono = new Hono();
    hono.get('/fail', () => {
      throw new BidwrightError('STORE_IO', 'disk full at /data');
    });
    hono.get('/bad', () => {
      throw new BidwrightError('INVALID_INPUT', 'nope');
    });
    hono.onError(createErrorHandler({ log: (entry) => logs.push(entry) }));
    hono.notFound(createNotFoundHandler());
    return hono;
  }

  it('answers problem+json and logs server-side failures with their code', async () => {
    const logs: LogEntry[] = [];
    const response = await app(logs).request('/fail');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(logs).toEqual([expect.objectContaining({ level: 'error', code: 'STORE_IO', path: '/fail', status: 500 })]);
  });

  it('does not log client errors as server failures', async () => {
    const logs: LogEntry[] = [];
    expect((await app(logs).request('/bad')).status).toBe(400);
    expect(logs).toEqual([]);
  });

  it('answers unknown paths with a 404 problem', async () => {
    const response = await app([]).request('/nowhere');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, instance: '/nowhere' });
  });
});
