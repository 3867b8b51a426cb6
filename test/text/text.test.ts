import { describe, expect, it } from 'vitest';
import {
  clip,
  countTerm,
  countWords,
  extractNumbers,
  findTerms,
  firstChars,
  lines,
  ngrams,
  numberMatches,
  numberValue,
  paragraphs,
  sentences,
  hasTerm,
  replaceTerm,
  termMatcher,
  termMatches,
  words,
} from '../../src/text/text.ts';
import { fold } from '../../src/text/fold.ts';

describe('fold', () => {
  it('folds case, curly quotes and unicode hyphens', () => {
    expect(fold('It\u2019s \u201cDone\u201d \u2010 OK')).toBe('it\'s "done" - ok');
  });
});

describe('words and countWords', () => {
  it('keeps contractions and hyphenated words whole', () => {
    expect(words("I'm fixing a well-known bug, twice.")).toEqual(["i'm", 'fixing', 'a', 'well-known', 'bug', 'twice']);
  });
  it('counts words the same way', () => {
    expect(countWords('Three short words')).toBe(3);
    expect(countWords('  ')).toBe(0);
  });
});

describe('paragraphs, lines and sentences', () => {
  it('splits paragraphs on blank lines and drops empty ones', () => {
    expect(paragraphs('one\ntwo\n\n\n three \n\n')).toEqual(['one\ntwo', 'three']);
  });
  it('returns non-empty trimmed lines', () => {
    expect(lines(' a \n\n b')).toEqual(['a', 'b']);
  });
  it('splits sentences without breaking decimals or common abbreviations', () => {
    expect(sentences('Load time fell to 1.5 s. Dr. Mays agreed! Ready?\nNext line')).toEqual([
      'Load time fell to 1.5 s.',
      'Dr. Mays agreed!',
      'Ready?',
      'Next line',
    ]);
  });
  it('takes the first n characters after leading whitespace', () => {
    expect(firstChars('   abcdef', 3)).toBe('abc');
  });
});

describe('findTerms', () => {
  it('finds whole words and phrases case-insensitively, once each, in list order', () => {
    expect(findTerms('We LEVERAGE data. Leverage again, in today\u2019s fast-paced market', ["in today's fast-paced", 'leverage'])).toEqual([
      "in today's fast-paced",
      'leverage',
    ]);
  });
  it('does not match inside longer words or hyphenated compounds', () => {
    expect(findTerms('leveraged cutting-edge', ['leverage', 'edge'])).toEqual([]);
    expect(findTerms('cutting-edge', ['cutting-edge'])).toEqual(['cutting-edge']);
  });
  it('matches a phrase across a line break', () => {
    expect(findTerms('rest\nassured', ['rest assured'])).toEqual(['rest assured']);
  });
  it('counts repeated occurrences with countTerm', () => {
    expect(countTerm('robust, Robust and robustness', 'robust')).toBe(2);
  });
});

describe('numbers', () => {
  it('extracts figures with currency signs and suffixes, not digits glued to letters', () => {
    expect(extractNumbers('Saved $1,200 and 40% in 1.5k hours, 3x faster on B2B and 3PL; GPT-4o; 12.')).toEqual(['$1,200', '40%', '1.5k', '3x', '12']);
  });
  it('reports where each number starts', () => {
    expect(numberMatches('a 12 b')).toEqual([{ raw: '12', index: 2 }]);
  });
  it('reads values so differently written figures compare equal', () => {
    expect(numberValue('$1,200')).toBe(1200);
    expect(numberValue('40 %')).toBe(40);
    expect(numberValue('1.5k')).toBe(1500);
    expect(numberValue('2M')).toBe(2_000_000);
    expect(numberValue('3,5')).toBe(3.5);
    expect(numberValue('1.200.000')).toBe(1_200_000);
    expect(numberValue('none')).toBeNull();
  });
});

describe('ngrams', () => {
  it('builds word n-grams from normalised text', () => {
    expect([...ngrams('The Cart is slow, very slow', 3)]).toEqual(['the cart is', 'cart is slow', 'is slow very', 'slow very slow']);
  });
  it('is empty when the text is shorter than n', () => {
    expect(ngrams('too short', 5).size).toBe(0);
  });
});

describe('clip', () => {
  it('flattens whitespace and marks a cut', () => {
    expect(clip('a\n b', 10)).toBe('a b');
    expect(clip('abcdefghijkl', 8)).toBe('abcde...');
  });
});

// What "a whole word or phrase" meant when each term was its own pattern with Unicode look-arounds;
// the search that replaced it (for start-up cost) must find exactly what this finds.
function reference(term: string): RegExp {
  const body = fold(term)
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(?<!(?:\\p{L}|\\p{N})-?|_)${body}(?!-?(?:\\p{L}|\\p{N})|_)`, 'giu');
}

describe('termMatches', () => {
  const cases: Array<[string, string]> = [
    ['A cutting-edge e-commerce site in C++ and Node.js, not .NET.', 'edge'],
    ['edge-case, edge_case, _edge, edge, EDGE- and -edge', 'edge'],
    ['x-edge edge-y edge- -edge', 'edge'],
    ['aaa aa', 'aa'],
    ['a-a a a-a-a a', 'a'],
    ['floor\n  plan, floorplan, floor plan', 'floor plan'],
    ['𝐀edge edge𝐀 𠮷edge edge 😀edge', 'edge'],
    ['ΣΟΦΊΑ and σοφία', 'σοφία'],
    ['report, reports, reported; REPORT', 'report'],
    ['', 'report'],
    ['x\u0345edge edge\u0345 \u0345-edge edge', 'edge'],
  ];

  it.each(cases)('finds what the look-around pattern finds in %j for %j', (text, term) => {
    const expected = [...text.matchAll(reference(term))].map((match) => ({ index: match.index, text: match[0] }));
    expect(termMatches(text, term)).toEqual(expected);
    expect(hasTerm(text, term)).toBe(expected.length > 0);
  });

  it('finds a whole word that starts inside a rejected match', () => {
    expect(termMatches('ab-ab ab', 'ab')).toEqual([{ index: 6, text: 'ab' }]);
    expect(termMatches('x_b b', 'b')).toEqual([{ index: 4, text: 'b' }]);
  });

  it('finds nothing for a blank term', () => {
    expect(termMatches('anything', '  ')).toEqual([]);
  });

  it('replaces each whole-word occurrence and leaves the rest', () => {
    expect(replaceTerm('Guaranteed results, guaranteed-ish, GUARANTEED.', 'guaranteed', (match) => `[${match.text}]`)).toBe(
      '[Guaranteed] results, guaranteed-ish, [GUARANTEED].',
    );
  });
});

describe('termMatcher on a long list', () => {
  const terms = ['report', 'reports', 'floor plan', 'logo design', 'e-commerce', 'c++', 'node.js', '.net', 'ui/ux', 'σοφία', 'edge', 'Data   Entry', 'report'];
  const matchOne = (text: string) => terms.filter((term, index) => terms.indexOf(term) === index && reference(term).test(fold(text)));

  it.each([
    'Two REPORTS and a floor\nplan, please.',
    'A cutting-edge e-commerce site in C++ and Node.js, not .NET.',
    'UI/UX for ΣΟΦΊΑ; data entry on the side.',
    'reporting, reported, floorplan, edges, node.jsx',
    '',
  ])('finds what each term pattern finds, in list order: %s', (text) => {
    expect(termMatcher(terms)(text)).toEqual(matchOne(text));
  });

  it('finds a term whose leading word the text holds only at the end', () => {
    expect(termMatcher(terms)('nothing here but a logo design')).toEqual(['logo design']);
  });
});
