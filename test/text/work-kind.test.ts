import { describe, expect, it } from 'vitest';
import { kindsRelated, scoreKinds, workKind } from '../../src/text/work-kind.ts';

describe('scoreKinds', () => {
  it('lets a title outweigh the same number of cues in running text', () => {
    const [top] = scoreKinds([
      { text: 'Facebook ads for a gym', weight: 3 },
      { text: 'We use Shopify and Klaviyo.', weight: 0.5 },
    ]);
    expect(top?.kind).toBe('marketing-ads');
  });

  it('matches the longest cue, so "google tag manager" is tracking work and not three words', () => {
    const [top] = scoreKinds([{ text: 'Google Tag Manager clean-up', weight: 1 }]);
    expect(top).toMatchObject({ kind: 'analytics-tracking', cues: ['google tag manager'] });
  });

  it('counts each cue once per field, so repeating a word does not outvote the title', () => {
    const ranked = scoreKinds([
      { text: 'Math tutor for K-3 students', weight: 3 },
      { text: 'dashboard dashboard dashboard dashboard', weight: 0.5 },
    ]);
    expect(ranked[0]?.kind).toBe('education-tutoring');
    expect(ranked.find((entry) => entry.kind === 'bi-reporting')?.score).toBe(0.5);
  });

  it('finds no kind in text without cues', () => {
    expect(scoreKinds([{ text: 'hello asdf qwer', weight: 3 }])).toEqual([]);
  });

  it('matches after folding, so fullwidth and accented spellings meet', () => {
    expect(scoreKinds([{ text: 'Ｓｈｏｐｉｆｙ store', weight: 1 }])[0]?.kind).toBe('ecommerce-shopify');
  });
});

describe('kindsRelated', () => {
  it('holds for the same kind and for listed relations either way, and not otherwise', () => {
    expect(kindsRelated('bi-reporting', 'bi-reporting')).toBe(true);
    expect(kindsRelated('data-analysis', 'bi-reporting')).toBe(true);
    expect(kindsRelated('bi-reporting', 'data-analysis')).toBe(true);
    expect(kindsRelated('security', 'ecommerce-shopify')).toBe(false);
  });

  it('names every kind a relation points to', () => {
    expect(workKind('bi-reporting')?.related.every((id) => workKind(id) !== undefined)).toBe(true);
    expect(workKind('no-such-kind')).toBeUndefined();
  });
});
