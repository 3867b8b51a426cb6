import { describe, expect, it } from 'vitest';
import { compareCandidates, topAccepted, topCandidates, type Candidate } from '../../src/retrieval/select-candidates.ts';
import { item } from './fixtures.ts';

function candidates(count: number): Candidate[] {
  // Scores fall with the index; every third pair ties so the id has to decide.
  return Array.from({ length: count }, (_, key) => ({
    key,
    item: item(`p${String(count - key).padStart(3, '0')}`),
    score: 1000 - Math.floor(key / 2) * (key % 3 === 0 ? 0 : 1),
  }));
}

const sortedIds = (list: Candidate[]): string[] => [...list].sort(compareCandidates).map((c) => c.item.id);

describe('topCandidates', () => {
  it('gives the same best few whether it inserts or sorts', () => {
    const all = candidates(60);
    const expected = sortedIds(all);
    expect(topCandidates([...all], 5).map((c) => c.item.id)).toEqual(expected.slice(0, 5));
    expect(topCandidates([...all], 40).map((c) => c.item.id)).toEqual(expected.slice(0, 40));
  });
});

describe('topAccepted', () => {
  it('judges the best first and stops once it has enough', () => {
    const judged: string[] = [];
    const kept = topAccepted(candidates(200), 3, (c) => {
      judged.push(c.item.id);
      return c.item.id;
    });
    expect(kept.map((k) => k.value)).toEqual(sortedIds(candidates(200)).slice(0, 3));
    expect(judged).toHaveLength(3);
  });

  it('reaches past the first window when most of the best are rejected, keeping the order', () => {
    const all = candidates(200);
    const wanted = new Set(sortedIds(all).filter((_, at) => at % 50 === 49));
    const kept = topAccepted([...all], 3, (c) => (wanted.has(c.item.id) ? c.score : null));
    expect(kept.map((k) => k.candidate.item.id)).toEqual([...wanted].slice(0, 3));
  });

  it('returns what it found when fewer than the limit qualify, and nothing for a limit of 0', () => {
    const all = candidates(30);
    expect(topAccepted([...all], 5, (c) => (c.key === 7 ? true : null)).map((k) => k.candidate.key)).toEqual([7]);
    expect(topAccepted([...all], 0, () => true)).toEqual([]);
    expect(topAccepted([...all], Number.POSITIVE_INFINITY, () => true)).toHaveLength(30);
  });
});
