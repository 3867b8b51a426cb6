/**
 * Record and replay model calls, as an AI SDK middleware. A call is keyed by the model id, the
 * prompt as sent (system and user messages, after rendering, data-tag suffix masked) and the response format (the
 * JSON schema), so changing a template, the model or a schema makes a new key. `record` calls the
 * model and writes `dir/<key>.json`; `replay` reads it and never touches the network. Evals use
 * this to rerun suites offline with the answers a real model gave.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LanguageModelMiddleware } from 'ai';
import { BidwrightError, type ErrorReason } from '../../domain/errors.ts';
import { withoutTagSuffix } from '../../prompts/data-tag.ts';

export interface RecordReplayOptions {
  mode: 'record' | 'replay';
  dir: string;
}

type Wrap = NonNullable<LanguageModelMiddleware['wrapGenerate']>;
type CallParams = Parameters<Wrap>[0]['params'];
type GenerateResult = Awaited<ReturnType<Wrap>>;
type StreamResult = Awaited<ReturnType<NonNullable<LanguageModelMiddleware['wrapStream']>>>;
type StreamPart = StreamResult['stream'] extends ReadableStream<infer P> ? P : never;

interface Recording {
  version: 1;
  model: string;
  kind: 'generate' | 'stream';
  /** The generate result (kind "generate") or the stream parts in order (kind "stream"). */
  result?: unknown;
  parts?: unknown[];
}

/** The file name (without .json) of a call's recording. */
export function recordingKey(modelId: string, params: Pick<CallParams, 'prompt' | 'responseFormat'>): string {
  // The data tags' suffix is random per request (data-tag.ts): a replay must find the same recording.
  const prompt = withoutTagSuffix(JSON.stringify(params.prompt));
  const material = JSON.stringify({ model: modelId, prompt, responseFormat: params.responseFormat ?? null });
  return createHash('sha256').update(material).digest('hex');
}

const revive = (value: unknown): Date | undefined => (typeof value === 'string' || value instanceof Date ? new Date(value) : undefined);

function reviveGenerate(raw: unknown): GenerateResult {
  const result = raw as GenerateResult;
  return result.response === undefined ? result : { ...result, response: { ...result.response, timestamp: revive(result.response.timestamp) } };
}

function reviveParts(raw: unknown[]): StreamPart[] {
  return (raw as StreamPart[]).map((part) => (part.type === 'response-metadata' ? { ...part, timestamp: revive(part.timestamp) } : part));
}

/** A stream recording answered as one result: the text pieces joined, the finish part's reason and usage. */
function partsToGenerate(parts: StreamPart[]): GenerateResult {
  let text = '';
  let finish: Extract<StreamPart, { type: 'finish' }> | undefined;
  for (const part of parts) {
    if (part.type === 'text-delta') text += part.delta;
    if (part.type === 'finish') finish = part;
  }
  if (finish === undefined) throw new BidwrightError('LLM_UNAVAILABLE', 'A stream recording has no finish part; delete it and record again.');
  return { content: [{ type: 'text', text }], finishReason: finish.finishReason, usage: finish.usage, warnings: [] };
}

/** A generate recording answered as a stream, all at once. */
function generateToParts(result: GenerateResult): StreamPart[] {
  const text = result.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
  return [
    { type: 'stream-start', warnings: result.warnings },
    { type: 'text-start', id: 'replay' },
    { type: 'text-delta', id: 'replay', delta: text },
    { type: 'text-end', id: 'replay' },
    { type: 'finish', finishReason: result.finishReason, usage: result.usage },
  ];
}

function streamOf(parts: StreamPart[]): ReadableStream<StreamPart> {
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
}

/** The middleware; it must be the outermost one so a replay makes no call at all. */
export function createRecordReplayMiddleware(options: RecordReplayOptions): LanguageModelMiddleware {
  const pathOf = (modelId: string, params: CallParams) => join(options.dir, `${recordingKey(modelId, params)}.json`);

  async function load(file: string, modelId: string): Promise<Recording> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new BidwrightError(
        'LLM_UNAVAILABLE',
        `No recording for this prompt in ${options.dir} (model ${modelId}); record one (a changed prompt, model or schema needs a new recording).`,
        { details: { reason: 'missing-recording', dir: options.dir } satisfies ErrorReason },
      );
    }
    try {
      return JSON.parse(text) as Recording;
    } catch {
      throw new BidwrightError('LLM_UNAVAILABLE', `The recording ${file} is not valid JSON; delete it and record again.`);
    }
  }

  async function save(file: string, recording: Recording): Promise<void> {
    await mkdir(options.dir, { recursive: true });
    await writeFile(file, `${JSON.stringify(recording, null, 2)}\n`, 'utf8');
  }

  return {
    specificationVersion: 'v3',
    async wrapGenerate({ doGenerate, params, model }) {
      const file = pathOf(model.modelId, params);
      if (options.mode === 'replay') {
        const recording = await load(file, model.modelId);
        return recording.kind === 'stream' ? partsToGenerate(reviveParts(recording.parts ?? [])) : reviveGenerate(recording.result);
      }
      const result = await doGenerate();
      const { content, finishReason, usage, warnings, providerMetadata, response } = result;
      const kept = {
        content,
        finishReason,
        usage,
        warnings,
        providerMetadata,
        response: response && { id: response.id, modelId: response.modelId, timestamp: response.timestamp },
      };
      await save(file, { version: 1, model: model.modelId, kind: 'generate', result: kept });
      return result;
    },
    async wrapStream({ doStream, params, model }) {
      const file = pathOf(model.modelId, params);
      if (options.mode === 'replay') {
        const recording = await load(file, model.modelId);
        const parts = recording.kind === 'generate' ? generateToParts(reviveGenerate(recording.result)) : reviveParts(recording.parts ?? []);
        return { stream: streamOf(parts) };
      }
      const result = await doStream();
      const parts: StreamPart[] = [];
      let failed = false;
      const recorder = new TransformStream<StreamPart, StreamPart>({
        transform(part, controller) {
          if (part.type === 'error') failed = true;
          if (part.type !== 'raw') parts.push(part);
          controller.enqueue(part);
        },
        // Only a stream that finished cleanly is worth replaying; a cut stream ends as "other".
        async flush() {
          const finish = parts.find((part) => part.type === 'finish');
          if (!failed && finish !== undefined && !['other', 'error'].includes(finish.finishReason.unified)) {
            await save(file, { version: 1, model: model.modelId, kind: 'stream', parts });
          }
        },
      });
      return { ...result, stream: result.stream.pipeThrough(recorder) };
    },
  };
}
