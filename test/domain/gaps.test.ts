import { describe, expect, it } from 'vitest';
import { GAP_PATTERN_FLAGS, GAP_PATTERN_SOURCE, findGaps, gap, gapMarkers, withoutGaps } from '../../src/domain/gaps.ts';

describe('gap markers', () => {
  it('makes a marker that findGaps reads back with its prompt', () => {
    const text = `My rate is fixed. ${gap('your availability in EST')} And ${gap('two or three examples, with links')}.`;
    expect(findGaps(text).map((found) => found.prompt)).toEqual(['your availability in EST', 'two or three examples, with links']);
    expect(findGaps(text)[0]?.index).toBe(text.indexOf('[fill in:'));
  });

  it('flattens brackets and line breaks in a prompt so the marker stays one marker', () => {
    expect(gap('links [to demos]\nif any')).toBe('[fill in: links to demos if any]');
    expect(gap('  ')).toBe('[fill in: your answer]');
  });

  it('finds markers in any text, typed by hand in any case, and lists them across texts', () => {
    expect(findGaps('Hi. [Fill In: your name] and [fill in:the link]').map((found) => found.marker)).toEqual(['[Fill In: your name]', '[fill in:the link]']);
    expect(gapMarkers('[fill in: a]', 'none here', '[fill in: b] [fill in: c]')).toEqual(['[fill in: a]', '[fill in: b]', '[fill in: c]']);
  });

  it('ignores other brackets and markers too long to be a prompt', () => {
    expect(findGaps('[Client Name] [fill in] [fill in: ] (fill in: x)')).toEqual([]);
    expect(findGaps(`[fill in: ${'x'.repeat(201)}]`)).toEqual([]);
  });

  it('takes the markers out of a text', () => {
    expect(withoutGaps('Yes. [fill in: where]  Done.')).toBe('Yes. Done.');
    expect(withoutGaps('[fill in: everything]')).toBe('');
  });

  it('exposes the one pattern for the browser script', () => {
    expect(new RegExp(GAP_PATTERN_SOURCE, GAP_PATTERN_FLAGS).test(gap('x'))).toBe(true);
  });

  it('finds no gap in 200 KB of unclosed markers, and keeps the text', () => {
    const hostile = `${'[fill in: '.repeat(10_000)}${'['.repeat(50_000)}${'[fill in: x'.repeat(5_000)}`;
    expect(findGaps(hostile)).toEqual([]);
    expect(withoutGaps(hostile).length).toBeGreaterThan(0);
  });
});
