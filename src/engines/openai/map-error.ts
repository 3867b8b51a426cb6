/**
 * Translates what the AI SDK and the HTTP layer throw into the project's error codes, with one-line
 * messages that say what to do. The API key never appears in a message: it is not put there, and
 * anything quoted from a server is scrubbed of it (and of anything shaped like a key) first.
 */
import { APICallError, NoObjectGeneratedError, RetryError } from 'ai';
import { BidwrightError, isBidwrightError } from '../../domain/errors.ts';

export interface ErrorScope {
  baseURL: string | undefined;
  apiKey: string | undefined;
  model: string;
  maxRetries: number;
}

const OPENAI_URL = 'https://api.openai.com/v1';

/** The base URL as safe to print: no user name, password, query or fragment. */
export function displayURL(baseURL: string | undefined): string {
  if (baseURL === undefined) return OPENAI_URL;
  try {
    const url = new URL(baseURL);
    return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
  } catch {
    return '(an invalid OPENAI_BASE_URL)';
  }
}

/** Removes the key, and anything that looks like an API key, from text that came from elsewhere. */
export function redact(text: string, apiKey: string | undefined): string {
  const withoutKey = apiKey !== undefined && apiKey.length >= 4 ? text.replaceAll(apiKey, '[redacted]') : text;
  return withoutKey.replace(/\b(sk-[A-Za-z0-9_-]{2})[A-Za-z0-9_*-]{6,}/g, '$1[redacted]');
}

function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function isOpenAI(baseURL: string | undefined): boolean {
  return baseURL === undefined || displayURL(baseURL).startsWith('https://api.openai.com');
}

function fromApiCall(error: APICallError, scope: ErrorScope): BidwrightError {
  const url = displayURL(scope.baseURL);
  const server = isOpenAI(scope.baseURL) ? 'OpenAI' : `The model server at ${url}`;
  const status = error.statusCode;
  const retried = error.isRetryable && scope.maxRetries > 0 ? ` after ${scope.maxRetries} ${scope.maxRetries === 1 ? 'retry' : 'retries'}` : '';
  const said = oneLine(redact(error.message, scope.apiKey));
  if (status === 401 || status === 403) {
    // No cause: a server's reply to a bad key may quote part of it.
    return new BidwrightError('CONFIG', `${server} refused the API key (${status}): check OPENAI_API_KEY.`);
  }
  const cause = { cause: error };
  if (status === 429) {
    if (/quota/i.test(`${error.responseBody ?? ''} ${error.message}`)) {
      return new BidwrightError('RATE_LIMITED', `${server} says the account is out of quota (429): add credit or use another key.`, cause);
    }
    return new BidwrightError(
      'RATE_LIMITED',
      `${server} is rate-limiting requests (429)${retried}; wait a minute and try again, or check your plan's limits.`,
      cause,
    );
  }
  if (status === 404) {
    return new BidwrightError(
      'CONFIG',
      `${server} answered 404 for model "${scope.model}": check the model id (BIDWRIGHT_MODEL) and OPENAI_BASE_URL; a server without the Responses API needs BIDWRIGHT_OPENAI_API=chat.`,
      cause,
    );
  }
  if (status === undefined) {
    return new BidwrightError(
      'LLM_UNAVAILABLE',
      `Could not reach the model server at ${url}${retried} (${said}); check OPENAI_BASE_URL and that the server is running.`,
      cause,
    );
  }
  if (status >= 500) {
    return new BidwrightError('LLM_UNAVAILABLE', `The model server at ${url} answered ${status}${retried}; try again in a few minutes.`, cause);
  }
  return new BidwrightError(
    'LLM_UNAVAILABLE',
    `The model server at ${url} rejected the request (${status}: ${said}); check the model id and that the server supports JSON schema output.`,
    cause,
  );
}

/** Maps any failure of a model call to a BidwrightError; project errors pass through (scrubbed). */
export function toBidwrightError(error: unknown, scope: ErrorScope): BidwrightError {
  if (isBidwrightError(error)) {
    const clean = redact(error.message, scope.apiKey);
    return clean === error.message ? error : new BidwrightError(error.code, clean, { details: error.details });
  }
  if (RetryError.isInstance(error)) return toBidwrightError(error.lastError, scope);
  if (APICallError.isInstance(error)) return fromApiCall(error, scope);
  if (NoObjectGeneratedError.isInstance(error)) {
    return new BidwrightError(
      'LLM_OUTPUT_INVALID',
      `The model (${scope.model}) returned output that does not fit the schema; try again or choose a stronger model (BIDWRIGHT_MODEL).`,
      { cause: error },
    );
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'TimeoutError') {
    return new BidwrightError('LLM_TIMEOUT', 'The model did not answer in time; try again, or raise BIDWRIGHT_TIMEOUT_MS.', { cause: error });
  }
  const message = error instanceof Error ? oneLine(redact(error.message, scope.apiKey)) : 'unknown error';
  return new BidwrightError('LLM_UNAVAILABLE', `The model call to ${displayURL(scope.baseURL)} failed (${message}); try again.`, { cause: error });
}
