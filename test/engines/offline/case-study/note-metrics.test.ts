import { describe, expect, it } from 'vitest';
import { findUnconfirmedMetrics } from '../../../../src/engines/offline/offer/note-metrics.ts';

describe('findUnconfirmedMetrics', () => {
  it('labels a figure from the words before and after it', () => {
    expect(findUnconfirmedMetrics('The team now handles 40% more tickets.')).toEqual([{ label: 'team now handles more tickets', value: '40%' }]);
  });

  it('pairs "from X to Y" figures as before and after', () => {
    expect(findUnconfirmedMetrics('Grew from 10 to 20 members.')).toEqual([
      { label: 'Grew members (before)', value: '10' },
      { label: 'Grew members (after)', value: '20' },
    ]);
  });

  it('keeps currency signs and multipliers with the value', () => {
    const metrics = findUnconfirmedMetrics('Saved $12,000 a year; revenue grew 3x.');
    expect(metrics).toEqual([
      { label: 'Saved', value: '$12,000 a year' },
      { label: 'revenue', value: '3x' },
    ]);
  });

  it('leaves out years, web addresses and digits glued to letters', () => {
    const metrics = findUnconfirmedMetrics('In 2023 we moved a B2B shop to a 3PL, see https://example.com/p/42 for details.');
    expect(metrics).toEqual([]);
  });

  it('keeps a rate with its figure and pairs "from 41 a week to 2 a week", without the verb of the change', () => {
    expect(findUnconfirmedMetrics('Stock errors went from 41 a week to 2 a week.')).toEqual([
      { label: 'Stock errors (before)', value: '41 a week' },
      { label: 'Stock errors (after)', value: '2 a week' },
    ]);
  });

  it('reports each label and value once', () => {
    expect(findUnconfirmedMetrics('Cut costs 20%.\nCut costs 20%.')).toHaveLength(1);
  });
});

describe('findUnconfirmedMetrics on a paragraph of notes', () => {
  it('keeps the word that bounds a figure in its value and leaves "that was" out of the label', () => {
    expect(
      findUnconfirmedMetrics('Reported purchases now match Shopify within 2%, and they stopped paying for a bidding strategy that was wasting $1,800 a month.'),
    ).toEqual([
      { label: 'Reported purchases now match Shopify', value: 'within 2%' },
      { label: 'bidding strategy wasting', value: '$1,800 a month' },
    ]);
  });
});
