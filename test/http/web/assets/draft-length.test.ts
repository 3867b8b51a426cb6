import { describe, expect, it } from 'vitest';
import {
  lengthStatus as serverLengthStatus,
  LENGTH_LIMITS,
  PREVIEW_CHARS,
  previewEnd as serverPreviewEnd,
} from '../../../../src/http/web/views/length-meter.ts';
import { countWords as rubricCountWords } from '../../../../src/text/text.ts';

interface LengthModule {
  countWords(text: string): number;
  previewEnd(text: string, chars: number): number;
  lengthStatus(text: string, limits: typeof LENGTH_LIMITS & { previewChars: number }): { words: number; chars: number; level: string; note: string };
}

// A browser module without type declarations: imported by URL so TypeScript does not resolve it.
const MODULE = new URL('../../../../src/http/web/assets/draft-length.js', import.meta.url).href;
const load = () => import(MODULE) as Promise<LengthModule>;

const SAMPLES = [
  '',
  'Your checkout loses “mobile” buyers—after the shipping step.',
  "It's a well-known, re-tested fix: 22% more completions in 3 weeks.",
  'Ünïcödé wörds, ＦＵＬＬＷＩＤＴＨ letters and 数字 123.',
  'Line one\n\nLine two\ttabbed   spaced',
  Array.from({ length: 150 }, (_, i) => `w${i}`).join(' '),
  Array.from({ length: 420 }, (_, i) => `w${i}`).join(' '),
  'x'.repeat(5001),
  `${'a'.repeat(146)} What would you change first?`,
  `${'word '.repeat(29)}four  next`,
  `${'x'.repeat(149)} y`,
];

describe('the browser length meter', () => {
  it.each(SAMPLES.map((text) => [text.slice(0, 40), text]))('counts words as the rubric does: %s', async (_label, text) => {
    const { countWords } = await load();
    expect(countWords(text)).toBe(rubricCountWords(text));
  });

  it.each(SAMPLES.map((text) => [text.slice(0, 40), text]))('rates the length as the server does: %s', async (_label, text) => {
    const { lengthStatus } = await load();
    expect(lengthStatus(text, { ...LENGTH_LIMITS, previewChars: PREVIEW_CHARS })).toEqual(serverLengthStatus(text));
  });

  it.each(SAMPLES.map((text) => [text.slice(0, 40), text]))('ends the preview highlight where the server does: %s', async (_label, text) => {
    const { previewEnd } = await load();
    expect(previewEnd(text, PREVIEW_CHARS)).toBe(serverPreviewEnd(text));
  });

  it('ends the highlight before a word the 150 characters cut, and keeps a cut at a space', () => {
    expect(serverPreviewEnd(`${'a'.repeat(146)} What would you change first?`)).toBe(146);
    expect(serverPreviewEnd(`${'a'.repeat(149)} y`)).toBe(149);
    expect(serverPreviewEnd('x'.repeat(5001))).toBe(PREVIEW_CHARS);
    expect(serverPreviewEnd('Short.')).toBe(6);
  });
});
