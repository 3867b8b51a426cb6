/**
 * Retries and the request timeout, as an AI SDK middleware around every model call (generate and
 * stream). The SDK's own `maxRetries` does honour Retry-After, but it waits a fixed 2 s before the
 * first retry, ignores a Retry-After of 60 s or more (falling back to its shorter backoff rather than
 * capping), and cannot be driven by a test clock; so calls run with `maxRetries: 0` and this layer
 * retries 429, 5xx and network failures with exponential backoff, honouring Retry-After up to a cap.
 */
import { APICallError, type LanguageModelMiddleware } from 'ai';
import { BidwrightError } from '../../domain/errors.ts';

export interface RetryOptions {
  /** Retries after the first attempt (config.maxRetries). */
  maxRetries: number;
  /** Each attempt, including reading a stream to its end, is aborted after this long. */
  timeoutMs: number;
  /** The longest single wait, whatever Retry-After asks for. */
  maxWaitMs?: number;
  /** The first backoff when the server names no wait; it doubles on each retry. */
  baseDelayMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

const MAX_WAIT_MS = 30_000;
const BASE_DELAY_MS = 500;

/** The wait a Retry-After (seconds or an HTTP date) or retry-after-ms header asks for, or null. */
export function retryAfterMs(headers: Record<string, string> | undefined, now: number): number | null {
  if (headers === undefined) return null;
  const millis = Number.parseFloat(headers['retry-after-ms'] ?? '');
  if (Number.isFinite(millis) && millis >= 0) return millis;
  const value = headers['retry-after']?.trim();
  if (value === undefined || value === '') return null;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** How long to wait before retry number `retry` (0 = the first retry). */
export function retryDelayMs(error: unknown, retry: number, options: { baseDelayMs: number; maxWaitMs: number; now: number }): number {
  const asked = APICallError.isInstance(error) ? retryAfterMs(error.responseHeaders, options.now) : null;
  return Math.min(asked ?? options.baseDelayMs * 2 ** retry, options.maxWaitMs);
}

/** 429, 5xx, 408 and failures to connect are worth another try; a refused key or a bad request is not. */
export function isRetryable(error: unknown): boolean {
  return APICallError.isInstance(error) && error.isRetryable;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

function describeWait(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

interface Timer {
  signal: AbortSignal;
  /** The error to surface instead of whatever the abort produced, when the timer fired. */
  fired(): BidwrightError | null;
  /** Rejects when the timer fires, for racing work that might not heed the abort signal. */
  expired: Promise<never>;
  clear(): void;
}

function startTimer(timeoutMs: number, outer: AbortSignal | undefined): Timer {
  const controller = new AbortController();
  const error = new BidwrightError(
    'LLM_TIMEOUT',
    `The model did not finish within ${describeWait(timeoutMs)}; try again, or raise BIDWRIGHT_TIMEOUT_MS (local models often need longer).`,
  );
  let fired = false;
  let expire: (error: BidwrightError) => void = () => undefined;
  const expired = new Promise<never>((_, reject) => {
    expire = reject;
  });
  expired.catch(() => undefined);
  const timer = setTimeout(() => {
    fired = true;
    controller.abort(error);
    expire(error);
  }, timeoutMs);
  // Pending network work holds the process open by itself; the timer alone must not.
  timer.unref();
  return {
    signal: outer === undefined ? controller.signal : AbortSignal.any([outer, controller.signal]),
    fired: () => (fired ? error : null),
    expired,
    clear: () => clearTimeout(timer),
  };
}

/**
 * Passes a stream through, stopping the timer when it ends and naming a timeout as one. The timer
 * ends the stream itself rather than trusting every transport to fail the body on abort.
 */
function guardStream<T>(source: ReadableStream<T>, timer: Timer): ReadableStream<T> {
  const reader = source.getReader();
  let timedOut = false;
  return new ReadableStream<T>({
    start(controller) {
      timer.signal.addEventListener(
        'abort',
        () => {
          const error = timer.fired();
          if (error === null) return;
          timedOut = true;
          controller.error(error);
          reader.cancel(error).catch(() => undefined);
        },
        { once: true },
      );
    },
    async pull(controller) {
      try {
        const next = await reader.read();
        if (timedOut) return;
        if (next.done) {
          timer.clear();
          controller.close();
        } else controller.enqueue(next.value);
      } catch (error) {
        timer.clear();
        if (!timedOut) controller.error(timer.fired() ?? error);
      }
    },
    cancel(reason) {
      timer.clear();
      return reader.cancel(reason);
    },
  });
}

/** The middleware; place it inside the record/replay middleware so a recording holds the final answer. */
export function createRetryMiddleware(options: RetryOptions): LanguageModelMiddleware {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const delays = { baseDelayMs: options.baseDelayMs ?? BASE_DELAY_MS, maxWaitMs: options.maxWaitMs ?? MAX_WAIT_MS };

  async function withRetries<T>(outer: AbortSignal | undefined, attempt: (timer: Timer) => Promise<T>): Promise<T> {
    for (let retry = 0; ; retry += 1) {
      const timer = startTimer(options.timeoutMs, outer);
      try {
        return await attempt(timer);
      } catch (error) {
        timer.clear();
        const surfaced = timer.fired() ?? error;
        if (retry >= options.maxRetries || !isRetryable(surfaced)) throw surfaced;
        await sleep(retryDelayMs(surfaced, retry, { ...delays, now: now() }), outer);
      }
    }
  }

  return {
    specificationVersion: 'v3',
    wrapGenerate: ({ model, params }) =>
      withRetries(params.abortSignal, async (timer) => {
        const result = await Promise.race([model.doGenerate({ ...params, abortSignal: timer.signal }), timer.expired]);
        timer.clear();
        return result;
      }),
    wrapStream: ({ model, params }) =>
      withRetries(params.abortSignal, async (timer) => {
        const result = await Promise.race([model.doStream({ ...params, abortSignal: timer.signal }), timer.expired]);
        return { ...result, stream: guardStream(result.stream, timer) };
      }),
  };
}
