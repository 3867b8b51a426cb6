/**
 * One structured model call with one repair attempt. The model is asked for JSON fitting a strict
 * schema; what comes back is checked against the core's schema too. When either check fails, one
 * repair request goes back with the bad output and what is wrong with it; when that fails as well,
 * the call ends in LLM_OUTPUT_INVALID.
 */
import { generateText, NoObjectGeneratedError, Output, type LanguageModel, type ModelMessage } from 'ai';
import type { z } from 'zod';
import type { PriceTable } from '../../domain/model-settings.ts';
import { BidwrightError } from '../../domain/errors.ts';
import type { UsageCall } from '../../domain/schemas.ts';
import type { Checked } from './finalize.ts';
import { toBidwrightError, type ErrorScope } from './map-error.ts';
import { callUsage } from './usage.ts';
import { issueLines } from './issue-lines.ts';

/** Provider-specific settings sent with every call (e.g. `{ openai: { store: false } }`). */
export type CallProviderOptions = Parameters<typeof generateText>[0]['providerOptions'];

export interface StructuredCall<W, T> {
  model: LanguageModel;
  providerOptions?: CallProviderOptions;
  modelId: string;
  /** The environment variable that picks this task's model, for the error message. */
  modelVariable: string;
  /** Usage label of the first call; the repair is `<purpose>:repair`. */
  purpose: string;
  /** What the output is, with its article, for messages ("a proposal", "an offer"). */
  what: string;
  system: string;
  prompt: string;
  schema: z.ZodType<W>;
  finalize(output: W): Checked<T>;
}

export interface CallRuntime {
  prices: PriceTable;
  scope: ErrorScope;
}

/** An attempt's outcome: the checked value, or the text the model sent and what is wrong with it. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; issues: string; text: string };

const MAX_QUOTED_OUTPUT = 20_000;

/** What is wrong with a rejected output, in one line: zod issues when there are any, else the parse error. */
export function describeOutputError(error: NoObjectGeneratedError): string {
  for (let cause: unknown = error.cause; cause instanceof Error; cause = cause.cause) {
    const issues = (cause as { issues?: unknown }).issues;
    if (Array.isArray(issues) && issues.length > 0) {
      return issueLines(issues);
    }
  }
  const cause = error.cause instanceof Error ? error.cause.message : error.message;
  const reason = /Error message: (.*)$/s.exec(cause)?.[1] ?? cause;
  return `the reply is not valid JSON (${reason.replace(/\s+/g, ' ').slice(0, 200)})`;
}

async function attempt<W, T>(
  call: StructuredCall<W, T>,
  messages: ModelMessage[],
  purpose: string,
  runtime: CallRuntime,
  calls: UsageCall[],
): Promise<Attempt<T>> {
  try {
    const result = await generateText({
      model: call.model,
      system: call.system,
      messages,
      output: Output.object({ schema: call.schema }),
      // Retries and the timeout live in the retry middleware (see retry.ts).
      maxRetries: 0,
      ...(call.providerOptions === undefined ? {} : { providerOptions: call.providerOptions }),
    });
    calls.push(callUsage(call.modelId, purpose, result.usage, runtime.prices));
    const checked = call.finalize(result.output);
    return checked.ok ? checked : { ok: false, issues: checked.issues, text: JSON.stringify(result.output) };
  } catch (error) {
    if (!NoObjectGeneratedError.isInstance(error)) throw toBidwrightError(error, runtime.scope);
    calls.push(callUsage(call.modelId, purpose, error.usage, runtime.prices));
    return { ok: false, issues: describeOutputError(error), text: error.text ?? '' };
  }
}

/** The repair conversation: the original request, the model's bad reply, and what to fix. */
function repairMessages(prompt: string, failed: { issues: string; text: string }): ModelMessage[] {
  const bad = failed.text.trim().slice(0, MAX_QUOTED_OUTPUT);
  const ask =
    `Your reply does not fit the required JSON schema: ${failed.issues}. ` +
    'Reply again with one JSON object that fits the schema exactly. Keep the content that was right; fix the fields named. JSON only.';
  return bad === ''
    ? [
        { role: 'user', content: prompt },
        { role: 'user', content: `Your reply was empty. ${ask}` },
      ]
    : [
        { role: 'user', content: prompt },
        { role: 'assistant', content: bad },
        { role: 'user', content: ask },
      ];
}

/** The error when the repair failed too. */
function outputInvalid(call: Pick<StructuredCall<unknown, unknown>, 'modelId' | 'modelVariable' | 'what'>, issues: string): BidwrightError {
  return new BidwrightError(
    'LLM_OUTPUT_INVALID',
    `The model (${call.modelId}) returned ${call.what} that does not fit the schema, even after one repair request (${issues.slice(0, 200)}). Try again, or choose a stronger model with BIDWRIGHT_MODEL or ${call.modelVariable}.`,
  );
}

/** The one repair request after `failed`; resolves to the value or throws LLM_OUTPUT_INVALID. */
export async function repairStructured<W, T>(
  call: StructuredCall<W, T>,
  failed: { issues: string; text: string },
  runtime: CallRuntime,
  calls: UsageCall[],
): Promise<T> {
  const repaired = await attempt(call, repairMessages(call.prompt, failed), `${call.purpose}:repair`, runtime, calls);
  if (!repaired.ok) throw outputInvalid(call, repaired.issues);
  return repaired.value;
}

/** Runs the call (and its repair when needed); resolves to the value and the usage of every call made. */
export async function generateStructured<W, T>(call: StructuredCall<W, T>, runtime: CallRuntime): Promise<{ value: T; calls: UsageCall[] }> {
  const calls: UsageCall[] = [];
  const first = await attempt(call, [{ role: 'user', content: call.prompt }], call.purpose, runtime, calls);
  const value = first.ok ? first.value : await repairStructured(call, first, runtime, calls);
  return { value, calls };
}
