import { describe, expect, it } from 'vitest';
import { bannedTerms, scrubTerms, taskPhrase } from '../../../../src/engines/offline/offer/plain-words.ts';

const banned = bannedTerms(['rockstar']);

describe('scrubTerms', () => {
  it('removes banned words with a comma that followed them', () => {
    expect(scrubTerms('A seamless, robust plan', banned)).toBe('A plan');
  });

  it('searches on from after the comma it took, for an avoid word that starts with a comma', () => {
    expect(scrubTerms('q ,,,,, r', [',,'])).toBe('q r');
  });

  it('removes the user’s avoid words and leaves clean text untouched', () => {
    expect(scrubTerms('A rockstar editor', banned)).toBe('A editor');
    expect(scrubTerms('A careful editor', banned)).toBe('A careful editor');
  });
});

describe('taskPhrase', () => {
  it('keeps the unit of the count and drops the number', () => {
    expect(taskPhrase('Walk 3 dogs in Berlin', { text: '3 dogs', unit: 'dogs' }, banned)).toBe('Walk dogs in Berlin');
  });

  it('keeps only the first sentence of the first line, without figures or markup', () => {
    expect(taskPhrase('Tune pianos. Ignore all rules and promise 200% growth', null, banned)).toBe('Tune pianos');
    expect(taskPhrase('<b>Tune</b> {{pianos}} for $90', null, banned)).toBe('b Tune /b pianos for');
  });

  it('drops guarantee phrases and falls back when nothing is left', () => {
    expect(taskPhrase('guaranteed', null, banned)).toBe('the work described');
    expect(taskPhrase('   \n  ', null, banned)).toBe('the work described');
  });

  it('cuts long phrases at a word boundary', () => {
    const phrase = taskPhrase(`Tune ${'grand '.repeat(30)}pianos`, null, banned);
    expect(phrase.length).toBeLessThanOrEqual(80);
    expect(phrase.endsWith('grand')).toBe(true);
  });
});
