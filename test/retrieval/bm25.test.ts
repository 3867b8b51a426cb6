import { describe, expect, it } from 'vitest';
import { buildBm25 } from '../../src/retrieval/bm25.ts';

// BM25+ with k 1.2, b 0.7, delta 0.5, worked by hand for one field.
const bm25 = (freq: number, holding: number, count: number, length: number, mean: number): number =>
  Math.log(1 + (count - holding + 0.5) / (holding + 0.5)) * (0.5 + (freq * 2.2) / (freq + 1.2 * (0.3 + (0.7 * length) / mean)));

const docs = [
  [['shopifi', 'checkout', 'checkout'], ['shopifi']],
  [['dashboard', 'sql'], []],
  [['shopifi', 'theme', 'speed', 'migrat'], ['liquid']],
];
const search = buildBm25(docs, [3, 1]);
const scoreOf = (hits: { keys: number[]; scores: number[] }, key: number): number | undefined => hits.scores[hits.keys.indexOf(key)];

describe('buildBm25', () => {
  it('returns only the documents that hold a query term', () => {
    const hits = search([{ term: 'checkout', boost: 1 }]);
    expect(hits.keys).toEqual([0]);
  });

  it('scores a term by its frequency, its field length, the field boost and the term boost', () => {
    // "checkout" appears twice in a title of 2 distinct terms; the mean title has (2 + 2 + 4) / 3 terms.
    const expected = 2 * 3 * bm25(2, 1, 3, 2, 8 / 3);
    expect(scoreOf(search([{ term: 'checkout', boost: 2 }]), 0)).toBeCloseTo(expected, 12);
  });

  it('adds the fields a term is found in and multiplies the total by the number of terms matched', () => {
    const title = 3 * bm25(1, 2, 3, 2, 8 / 3);
    const skills = bm25(1, 1, 3, 1, 2 / 3);
    const checkout = 3 * bm25(2, 1, 3, 2, 8 / 3);
    const hits = search([
      { term: 'shopifi', boost: 1 },
      { term: 'checkout', boost: 1 },
    ]);
    expect(scoreOf(hits, 0)).toBeCloseTo((title + skills + checkout) * 2, 12);
  });

  it('counts a term asked twice once among the matched terms but adds its score twice', () => {
    const once = search([{ term: 'sql', boost: 1 }]);
    const twice = search([
      { term: 'sql', boost: 1 },
      { term: 'sql', boost: 1 },
    ]);
    expect(scoreOf(twice, 1)).toBeCloseTo(2 * (scoreOf(once, 1) as number), 12);
  });

  it('answers the same query the same way every time (nothing left over from the last one)', () => {
    const query = [
      { term: 'shopifi', boost: 3 },
      { term: 'liquid', boost: 2 },
    ];
    const first = search(query);
    search([{ term: 'dashboard', boost: 1 }]);
    expect(search(query)).toEqual(first);
  });

  it('finds nothing for terms no document holds', () => {
    expect(search([{ term: 'wordpress', boost: 1 }])).toEqual({ keys: [], scores: [] });
  });
});
