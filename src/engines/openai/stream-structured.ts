/**
 * A structured call streamed: partial objects as the model writes them, then the checked final
 * value (repaired once if it does not fit). A stream that stops before the model finished (a cut
 * connection, no finish event) is an error, even when the JSON so far happens to parse.
 */
import { NoObjectGeneratedError, Output, streamText } from 'ai';
import { BidwrightError } from '../../domain/errors.ts';
import type { UsageCall } from '../../domain/schemas.ts';
import { describeOutputError, repairStructured, type Attempt, type CallRuntime, type StructuredCall } from './generate-structured.ts';
import { displayURL, toBidwrightError } from './map-error.ts';
import { callUsage } from './usage.ts';

export interface StructuredStream<P, T> {
  partials: AsyncIterable<P>;
  result: Promise<{ value: T; calls: UsageCall[] }>;
}

function unfinished(reason: string, runtime: CallRuntime): BidwrightError {
  if (reason === 'length') {
    return new BidwrightError(
      'LLM_OUTPUT_INVALID',
      'The model ran out of output tokens before the draft was finished; try again, or choose a model with a larger output limit.',
    );
  }
  if (reason === 'content-filter') {
    return new BidwrightError('LLM_OUTPUT_INVALID', "The model's content filter stopped the draft; try again, or check the post for text that trips it.");
  }
  return new BidwrightError(
    'LLM_UNAVAILABLE',
    `The stream from ${displayURL(runtime.scope.baseURL)} ended before the model finished (the connection was cut or no finish event came); try again.`,
  );
}

/**
 * Streams `call`. `toPartial` turns the SDK's partial object into what callers see (return null to
 * skip one). `partials` ends with the error when the call fails; `result` then rejects with it.
 */
export function streamStructured<W, T, P>(call: StructuredCall<W, T>, runtime: CallRuntime, toPartial: (partial: unknown) => P | null): StructuredStream<P, T> {
  let settle!: { resolve(value: { value: T; calls: UsageCall[] }): void; reject(error: unknown): void };
  let settled = false;
  const result = new Promise<{ value: T; calls: UsageCall[] }>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A caller that only reads `partials` must not see an unhandled rejection.
  result.catch(() => undefined);

  const calls: UsageCall[] = [];
  async function* partials(): AsyncGenerator<P> {
    let failure: unknown;
    const stream = streamText({
      model: call.model,
      system: call.system,
      messages: [{ role: 'user', content: call.prompt }],
      output: Output.object({ schema: call.schema }),
      maxRetries: 0,
      ...(call.providerOptions === undefined ? {} : { providerOptions: call.providerOptions }),
      // Replaces the SDK's default, which would print the error to the console.
      onError: ({ error }) => {
        failure ??= error;
      },
    });
    async function finish(): Promise<T> {
      if (failure !== undefined) throw toBidwrightError(failure, runtime.scope);
      const reason = await stream.finishReason;
      if (reason !== 'stop') throw unfinished(reason, runtime);
      calls.push(callUsage(call.modelId, call.purpose, await stream.usage, runtime.prices));
      let first: Attempt<T>;
      try {
        const output = await stream.output;
        const checked = call.finalize(output);
        first = checked.ok ? checked : { ok: false, issues: checked.issues, text: JSON.stringify(output) };
      } catch (error) {
        if (!NoObjectGeneratedError.isInstance(error)) throw toBidwrightError(error, runtime.scope);
        first = { ok: false, issues: describeOutputError(error), text: error.text ?? '' };
      }
      return first.ok ? first.value : repairStructured(call, first, runtime, calls);
    }

    try {
      try {
        for await (const partial of stream.partialOutputStream) {
          const shown = toPartial(partial);
          if (shown !== null) yield shown;
        }
      } catch (error) {
        failure ??= error;
      }
      let value: T;
      try {
        value = await finish();
      } catch (error) {
        const mapped = toBidwrightError(error, runtime.scope);
        settled = true;
        settle.reject(mapped);
        throw mapped;
      }
      settled = true;
      settle.resolve({ value, calls });
    } finally {
      if (!settled) settle.reject(new BidwrightError('LLM_UNAVAILABLE', 'The draft stream was closed before the model finished; try again.'));
    }
  }
  return { partials: partials(), result };
}
