import { describe, expect, it } from 'vitest';
import { nearestLine, prepareDoc, sentencesOf } from '../../src/parse/doc.ts';

describe('prepareDoc', () => {
  it('splits into trimmed lines and keeps blank lines as empty text', () => {
    const doc = prepareDoc('  Title  \r\n\r\n Body line ');
    expect(doc.lines.map((l) => l.text)).toEqual(['Title', '', 'Body line']);
  });

  it('gives spans whose offsets slice the cleaned original', () => {
    const doc = prepareDoc('One \u201Cquoted\u201D line');
    const line = doc.lines[0];
    expect(line && doc.text.slice(line.start, line.end)).toBe('One \u201Cquoted\u201D line');
    expect(line?.text).toBe('One "quoted" line');
  });
});

describe('sentencesOf', () => {
  it('splits at full stops, question and exclamation marks followed by a space', () => {
    const doc = prepareDoc('First one. Second one? Third! Fourth');
    expect(sentencesOf(doc).map((s) => s.text)).toEqual(['First one.', 'Second one?', 'Third!', 'Fourth']);
  });

  it('does not split after abbreviations or inside amounts', () => {
    const doc = prepareDoc('Est. budget is $2,500.00 for tools, e.g. Figma. Next.');
    expect(sentencesOf(doc).map((s) => s.text)).toEqual(['Est. budget is $2,500.00 for tools, e.g. Figma.', 'Next.']);
  });

  it('keeps a closing quote with its sentence', () => {
    const doc = prepareDoc('Start with "kiwi." Then stop.');
    expect(sentencesOf(doc).map((s) => s.text)).toEqual(['Start with "kiwi."', 'Then stop.']);
  });

  it('never joins sentences across lines', () => {
    const doc = prepareDoc('no stop here\nnext line');
    expect(sentencesOf(doc)).toHaveLength(2);
  });
});

describe('nearestLine', () => {
  it('skips blank lines in either direction and returns null at the edges', () => {
    const doc = prepareDoc('a\n\n\nb');
    expect(nearestLine(doc.lines, 0, 1)).toBe(3);
    expect(nearestLine(doc.lines, 3, -1)).toBe(0);
    expect(nearestLine(doc.lines, 3, 1)).toBeNull();
  });
});
