/** In-process language models (the AI SDK's MockLanguageModelV3) that answer with fixed outputs, in order. */
import { MockLanguageModelV3 } from 'ai/test';
import { replyText, type Tokens } from './replies.ts';

function generateResult(output: unknown, tokens: Tokens) {
  return {
    content: [{ type: 'text' as const, text: replyText(output) }],
    finishReason: { unified: 'stop' as const, raw: 'stop' },
    usage: {
      inputTokens: { total: tokens.input, noCache: tokens.input, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: tokens.output, text: tokens.output, reasoning: 0 },
    },
    warnings: [],
  };
}

/** A model whose n-th generate call returns `outputs[n]` (the last one repeats). */
export function mockModel(outputs: unknown[], tokens: Tokens = { input: 1000, output: 200 }, modelId = 'mock-model') {
  let calls = 0;
  return new MockLanguageModelV3({
    modelId,
    doGenerate: async () => generateResult(outputs[Math.min(calls++, outputs.length - 1)], tokens),
  });
}

/** The text of the user message(s) a mock received on its n-th generate call. */
export function promptText(model: MockLanguageModelV3, call: number): string {
  const options = model.doGenerateCalls[call];
  return JSON.stringify(options?.prompt ?? []);
}

/** The plain text of the user message a mock received on its n-th generate call. */
export function userText(model: MockLanguageModelV3, call: number): string {
  const messages = model.doGenerateCalls[call]?.prompt ?? [];
  return messages
    .filter((message) => message.role === 'user')
    .flatMap((message) => message.content.map((part) => (part.type === 'text' ? part.text : '')))
    .join('\n');
}
