import { APICallError, RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { BidwrightError } from '../../../src/domain/errors.ts';
import { displayURL, redact, toBidwrightError } from '../../../src/engines/openai/map-error.ts';

const KEY = 'sk-proj-abcdefghijklmnop1234';
const scope = { baseURL: 'http://user:pass@localhost:11434/v1/?token=x', apiKey: KEY, model: 'llama3', maxRetries: 2 };

function apiError(statusCode: number | undefined, message = 'failed', responseBody?: string) {
  return new APICallError({ message, url: 'http://localhost:11434/v1/chat/completions', requestBodyValues: {}, statusCode, responseBody });
}

describe('displayURL', () => {
  it('drops credentials, query and a trailing slash', () => {
    expect(displayURL(scope.baseURL)).toBe('http://localhost:11434/v1');
  });

  it("names OpenAI's address when no base URL is set", () => {
    expect(displayURL(undefined)).toBe('https://api.openai.com/v1');
  });
});

describe('redact', () => {
  it('removes the key and anything shaped like one', () => {
    expect(redact(`bad key ${KEY}`, KEY)).toBe('bad key [redacted]');
    expect(redact('Incorrect API key provided: sk-abcdef1234567890xyz', undefined)).toBe('Incorrect API key provided: sk-ab[redacted]');
  });
});

describe('toBidwrightError', () => {
  it('maps statuses to codes', () => {
    expect(toBidwrightError(apiError(401), scope).code).toBe('CONFIG');
    expect(toBidwrightError(apiError(429), scope).code).toBe('RATE_LIMITED');
    expect(toBidwrightError(apiError(404), scope).code).toBe('CONFIG');
    expect(toBidwrightError(apiError(502), scope).code).toBe('LLM_UNAVAILABLE');
    expect(toBidwrightError(apiError(undefined), scope).code).toBe('LLM_UNAVAILABLE');
    expect(toBidwrightError(new DOMException('late', 'TimeoutError'), scope).code).toBe('LLM_TIMEOUT');
  });

  it('suggests the chat API when a server has no Responses endpoint (404)', () => {
    expect(toBidwrightError(apiError(404), scope).message).toContain('BIDWRIGHT_OPENAI_API=chat');
  });

  it('tells an exhausted quota apart from a rate limit', () => {
    const error = toBidwrightError(apiError(429, 'You exceeded your current quota', '{"error":{"code":"insufficient_quota"}}'), scope);
    expect(error.message).toContain('out of quota');
  });

  it('quotes a server message for a rejected request without the key', () => {
    const error = toBidwrightError(apiError(400, `Invalid schema; key ${KEY} is fine`), scope);
    expect(error.message).toContain('rejected the request (400: Invalid schema; key [redacted] is fine)');
    expect(error.message).not.toContain(KEY);
  });

  it('unwraps a RetryError to its last error', () => {
    const retry = new RetryError({ message: 'Failed after 3 attempts', reason: 'maxRetriesExceeded', errors: [apiError(500), apiError(429)] });
    expect(toBidwrightError(retry, scope).code).toBe('RATE_LIMITED');
  });

  it('passes project errors through, scrubbing the key if one slipped in', () => {
    const own = new BidwrightError('LLM_TIMEOUT', 'slow');
    expect(toBidwrightError(own, scope)).toBe(own);
    expect(toBidwrightError(new BidwrightError('LLM_UNAVAILABLE', `x ${KEY}`), scope).message).toBe('x [redacted]');
  });
});
