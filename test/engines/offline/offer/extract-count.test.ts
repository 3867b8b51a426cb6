import { describe, expect, it } from 'vitest';
import { extractActivityCount } from '../../../../src/engines/offline/offer/extract-count.ts';

describe('extractActivityCount', () => {
  it('captures the count and the unit of an activity', () => {
    expect(extractActivityCount('Write 10 blog posts')).toEqual({ count: 10, unit: 'blog posts', text: '10 blog posts' });
  });

  it('reads number words and stops the unit at a preposition', () => {
    expect(extractActivityCount('Write ten blog posts for my bakery')).toMatchObject({ count: 10, unit: 'blog posts' });
    expect(extractActivityCount('Design 5 Instagram carousels per week')).toMatchObject({ count: 5, unit: 'Instagram carousels' });
  });

  it('reads thousands separators and counts after "of"', () => {
    expect(extractActivityCount('Translate 2,000 words')).toMatchObject({ count: 2000, unit: 'words' });
    expect(extractActivityCount('Do data entry of 500 rows.')).toMatchObject({ count: 500, unit: 'rows' });
  });

  it('returns null when the text states no count', () => {
    expect(extractActivityCount('Design social graphics')).toBeNull();
  });

  it('ignores durations, money, years and round-the-clock figures', () => {
    expect(extractActivityCount('Edit videos in 2 weeks')).toBeNull();
    expect(extractActivityCount('Logo for $500')).toBeNull();
    expect(extractActivityCount('24/7 support')).toBeNull();
    expect(extractActivityCount('In 2024 I wrote 12 articles')).toMatchObject({ count: 12, unit: 'articles' });
  });

  it('ignores a count that follows "for", which names the scope rather than the work', () => {
    expect(extractActivityCount('Build a website for 3 restaurants')).toBeNull();
  });
});
