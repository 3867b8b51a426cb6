import { describe, expect, it } from 'vitest';
import { figureKind, figuresIn, hasFigure, hasValue, isFigure, sourceValues, valuesIn } from '../../../src/rubric/proposal/number-sources.ts';
import { makeContext, makePost } from '../fixtures.ts';

describe('number sources', () => {
  it('reads values from texts', () => {
    expect([...valuesIn(['$1,200 and 3.5k', 'none'])].sort((a, b) => a - b)).toEqual([1200, 3500]);
  });

  it('collects figures from proof, profile and post, including screening questions', () => {
    const values = sourceValues(makeContext({ post: makePost({ screeningQuestions: ['Have you handled 250 SKUs?'] }) }));
    for (const value of [22, 1.8, 55, 80, 600, 250]) expect(hasValue(values, value)).toBe(true);
    expect(hasValue(values, 23)).toBe(false);
  });

  it('leaves the post out when there is none', () => {
    expect(hasValue(sourceValues(makeContext({ post: null })), 600)).toBe(false);
  });

  it('tells shares, money and plain numbers apart', () => {
    expect(figureKind('35%')).toBe('percent');
    expect(figureKind('22 percent')).toBe('percent');
    expect(figureKind('$4,200')).toBe('money');
    expect(figureKind('35')).toBe('plain');
  });

  it('backs a share only with a share, and money or a plain number with a non-share', () => {
    const figures = figuresIn(['35 orders a month and 18% overcount, budget 600']);
    expect(hasFigure(figures, { value: 35, kind: 'percent' })).toBe(false);
    expect(hasFigure(figures, { value: 18, kind: 'percent' })).toBe(true);
    expect(hasFigure(figures, { value: 600, kind: 'money' })).toBe(true);
    expect(hasFigure(figures, { value: 18, kind: 'money' })).toBe(false);
    expect(hasFigure(figures, { value: 35, kind: 'plain' })).toBe(true);
  });

  it('counts signs, decimals, units and values above ten as figures, not small bare counts', () => {
    expect(isFigure('2', 2, ' options')).toBe(false);
    expect(isFigure('4', 4, ' days')).toBe(true);
    expect(isFigure('12', 12, ' stores')).toBe(true);
    expect(isFigure('3%', 3, '')).toBe(true);
  });
});
