import { APICallError } from 'ai';
import { describe, expect, it } from 'vitest';
import { isRetryable, retryAfterMs, retryDelayMs } from '../../../src/engines/openai/retry.ts';

function apiError(statusCode: number | undefined, responseHeaders?: Record<string, string>) {
  return new APICallError({ message: 'failed', url: 'http://model.test/v1/responses', requestBodyValues: {}, statusCode, responseHeaders });
}

const NOW = Date.parse('2026-11-21T10:00:00Z');

describe('retryAfterMs', () => {
  it('reads seconds, fractions of seconds and retry-after-ms', () => {
    expect(retryAfterMs({ 'retry-after': '3' }, NOW)).toBe(3000);
    expect(retryAfterMs({ 'retry-after': '0.5' }, NOW)).toBe(500);
    expect(retryAfterMs({ 'retry-after-ms': '250', 'retry-after': '9' }, NOW)).toBe(250);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(retryAfterMs({ 'retry-after': 'Sat, 21 Nov 2026 10:00:12 GMT' }, NOW)).toBe(12_000);
    expect(retryAfterMs({ 'retry-after': 'Sat, 21 Nov 2026 09:00:00 GMT' }, NOW)).toBe(0);
  });

  it('returns null when there is no usable header', () => {
    expect(retryAfterMs(undefined, NOW)).toBeNull();
    expect(retryAfterMs({}, NOW)).toBeNull();
    expect(retryAfterMs({ 'retry-after': 'soon' }, NOW)).toBeNull();
  });
});

describe('retryDelayMs', () => {
  const options = { baseDelayMs: 500, maxWaitMs: 30_000, now: NOW };

  it('backs off exponentially when the server names no wait', () => {
    expect([0, 1, 2, 3].map((retry) => retryDelayMs(apiError(500), retry, options))).toEqual([500, 1000, 2000, 4000]);
  });

  it('honours Retry-After over the backoff, capped at the maximum wait', () => {
    expect(retryDelayMs(apiError(429, { 'retry-after': '7' }), 0, options)).toBe(7000);
    expect(retryDelayMs(apiError(429, { 'retry-after': '600' }), 0, options)).toBe(30_000);
    expect(retryDelayMs(apiError(500), 10, options)).toBe(30_000);
  });
});

describe('isRetryable', () => {
  it('retries rate limits, server errors and failures to connect', () => {
    expect(isRetryable(apiError(429))).toBe(true);
    expect(isRetryable(apiError(500))).toBe(true);
    expect(isRetryable(apiError(503))).toBe(true);
    expect(isRetryable(new APICallError({ message: 'Cannot connect', url: 'x', requestBodyValues: {}, isRetryable: true }))).toBe(true);
  });

  it('does not retry a refused key, a bad request or anything that is not an API call error', () => {
    expect(isRetryable(apiError(401))).toBe(false);
    expect(isRetryable(apiError(400))).toBe(false);
    expect(isRetryable(new Error('boom'))).toBe(false);
  });
});
