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
  termMatcher,
  termPattern,
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

describe('termMatcher on a long list', () => {
  const terms = ['report', 'reports', 'floor plan', 'logo design', 'e-commerce', 'c++', 'node.js', '.net', 'ui/ux', 'σοφία', 'edge', 'Data   Entry', 'report'];
  const matchOne = (text: string) => terms.filter((term, index) => terms.indexOf(term) === index && termPattern(term, 'iu').test(fold(text)));

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
