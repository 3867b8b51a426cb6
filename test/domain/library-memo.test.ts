import { describe, expect, it } from 'vitest';
import { libraryMemo, proofById, proofIds } from '../../src/domain/library-memo.ts';
import { makeProof } from '../rubric/fixtures.ts';

describe('libraryMemo', () => {
  const counted = () => {
    const calls: number[] = [];
    const titles = libraryMemo((library) => {
      calls.push(library.length);
      return library.map((item) => item.title);
    });
    return { titles, calls };
  };

  it('derives once when the same library array is passed again', () => {
    const { titles, calls } = counted();
    const library = Object.freeze([makeProof({ id: 'a', title: 'First' }), makeProof({ id: 'b', title: 'Second' })]);
    expect(titles(library)).toEqual(['First', 'Second']);
    expect(titles(library)).toBe(titles(library));
    expect(calls).toEqual([2]);
  });

  it('derives afresh for a changed library, which is a new array', () => {
    const { titles, calls } = counted();
    const library = [makeProof({ id: 'a', title: 'First' })];
    titles(library);
    expect(titles([...library, makeProof({ id: 'b', title: 'Added' })])).toEqual(['First', 'Added']);
    expect(calls).toEqual([1, 2]);
  });

  it('derives afresh when a caller grows the array in place', () => {
    const { titles } = counted();
    const library = [makeProof({ id: 'a', title: 'First' })];
    titles(library);
    library.push(makeProof({ id: 'b', title: 'Pushed' }));
    expect(titles(library)).toEqual(['First', 'Pushed']);
  });
});

describe('proofIds and proofById', () => {
  it('answer from the library they are given', () => {
    const library = [makeProof({ id: 'a', title: 'First' }), makeProof({ id: 'b', title: 'Second' })];
    expect([...proofIds(library)]).toEqual(['a', 'b']);
    expect(proofById(library).get('b')?.title).toBe('Second');
    expect(proofIds([library[0] as never]).has('b')).toBe(false);
  });
});
