import { describe, expect, it } from 'vitest';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { createProofIndex, rankProof } from '../../src/retrieval/rank-proof.ts';
import { item, post } from './fixtures.ts';

const library = [
  item('shop-checkout', { title: 'Shopify checkout rebuild', skills: ['Shopify', 'Liquid'] }),
  item('sales-dashboard', { title: 'Power BI sales dashboard', skills: ['Power BI', 'SQL'] }),
];
const dashboardPost = post('Power BI dashboard for weekly sales', 'We need one sales dashboard in Power BI.', ['Power BI']);

describe('createProofRanker', () => {
  it('ranks a post exactly as rankProof does', () => {
    const ranker = createProofRanker();
    expect(ranker.rank(library, dashboardPost, 3)).toEqual(rankProof(library, dashboardPost, 3));
  });

  it('searches free text exactly as a fresh index does', () => {
    const ranker = createProofRanker();
    expect(ranker.search(library, 'Shopify checkout fixes', 3)).toEqual(createProofIndex(library).search('Shopify checkout fixes', 3));
  });

  it('gives the same answer when asked again with a copy of the same library', () => {
    const ranker = createProofRanker();
    const first = ranker.rank(library, dashboardPost, 3);
    expect(ranker.rank(structuredClone(library), dashboardPost, 3)).toEqual(first);
  });

  it('sees an item added to the library since the last call', () => {
    const ranker = createProofRanker();
    expect(ranker.rank(library, dashboardPost, 3).map((ranked) => ranked.item.id)).toEqual(['sales-dashboard']);
    const grown = [...library, item('bi-migration', { title: 'Power BI migration from Excel', skills: ['Power BI', 'Excel'] })];
    expect(ranker.rank(grown, dashboardPost, 3).map((ranked) => ranked.item.id)).toContain('bi-migration');
  });

  it('returns nothing for an empty library', () => {
    expect(createProofRanker().rank([], dashboardPost, 3)).toEqual([]);
  });
});
