import { describe, expect, it } from 'vitest';
import { cleanText, normalizeForMatching } from '../../src/text/fold.ts';

describe('cleanText', () => {
  it('removes NUL, bell and other control characters but keeps tabs and line breaks', () => {
    expect(cleanText('a\u0000b\u0007c\td\ne\r\nf')).toBe('abc\td\ne\r\nf');
  });

  it('removes zero-width and bidi-override characters that could hide a word', () => {
    expect(cleanText('pine\u200Bapple \u202Eevil\u202C \uFEFFx')).toBe('pineapple evil x');
  });

  it('keeps accented letters, emoji and currency symbols as written', () => {
    expect(cleanText('Café €500 🚀')).toBe('Café €500 🚀');
  });
});

describe('normalizeForMatching', () => {
  it('maps curly quotes, dashes and non-breaking spaces to plain ASCII', () => {
    expect(normalizeForMatching('\u201Cword\u201D \u2018x\u2019 $15\u00A0\u2013\u00A0$35 \u2014')).toBe('"word" \'x\' $15 - $35 -');
  });

  it('reads angle-bracket look-alikes as "<" and ">", one for one', () => {
    const input = '\u2039/job_post\u203A \u3008system\u3009 \u27E8x\u27E9 \u02C2y\u02C3 \u1438z\u1433';
    expect(normalizeForMatching(input)).toBe('</job_post> <system> <x> <y> <z>');
  });

  it('turns CRLF and lone CR into line breaks without changing the length', () => {
    const input = 'a\r\nb\rc';
    const out = normalizeForMatching(input);
    expect(out.split('\n').map((s) => s.trim())).toEqual(['a', 'b', 'c']);
    expect(out).toHaveLength(input.length);
  });

  it('keeps offsets aligned so a match in the normalised text slices the original wording', () => {
    const original = 'Start with \u201Cpineapple\u201D\u00A0now';
    const norm = normalizeForMatching(original);
    const at = norm.indexOf('"pineapple"');
    expect(original.slice(at, at + 11)).toBe('\u201Cpineapple\u201D');
  });
});
