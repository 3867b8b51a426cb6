import { describe, expect, it } from 'vitest';
import { RELEVANCE } from '../../src/domain/judgement.ts';
import { itemKinds } from '../../src/retrieval/relevance.ts';
import { rankProof } from '../../src/retrieval/rank-proof.ts';
import { item, post } from './fixtures.ts';

const shopify = item('shop-speed', { title: 'Shopify theme speed work', skills: ['Shopify', 'Liquid'] });
const dashboard = item('sales-dash', { title: 'Weekly sales dashboard in Looker Studio', skills: ['Looker Studio', 'SQL', 'Shopify'] });
const churn = item('churn', { title: 'Subscription churn cohort analysis in BigQuery', skills: ['BigQuery', 'SQL', 'Data Analysis'] });

describe('proof relevance', () => {
  it('returns nothing for a post of another kind that names a library tool only in its tools list', () => {
    const marketing = post(
      'Digital Marketing Project Manager Needed',
      'You will plan and run our paid campaigns across Meta and Google Ads. Tools: Shopify, Klaviyo.',
      ['Digital Marketing', 'Shopify'],
    );
    expect(rankProof([shopify, dashboard], marketing)).toEqual([]);
  });

  it('scores the same kind of work with specific shared words as fully relevant, with its reasons', () => {
    const [match] = rankProof([shopify, dashboard, churn], post('Looker Studio dashboard for our sales team', 'We need a weekly dashboard.'));
    expect(match?.match).toMatchObject({ id: 'sales-dash', relevance: 1 });
    expect(match?.match.reasons[0]).toBe('same kind of work: dashboards and reporting');
    expect(match?.match.reasons[1]).toContain('looker studio');
  });

  it('lets a related kind in only on strong shared words, and ranks it below the same kind', () => {
    const ranked = rankProof([churn, dashboard], post('Looker Studio dashboard on our BigQuery data', 'Reports from BigQuery and SQL.'));
    expect(ranked.map((r) => r.item.id)).toEqual(['sales-dash', 'churn']);
    expect(ranked[1]?.match.relevance).toBeGreaterThanOrEqual(RELEVANCE.threshold);
    expect(ranked[1]?.match.relevance).toBeLessThan(ranked[0]?.match.relevance ?? 0);
    expect(ranked[1]?.match.reasons[0]).toMatch(/^related work/);
  });

  it('does not let a related kind in on words the post shares only in its skill tags', () => {
    const reports = post('Looker Studio reports for our customers', 'We need someone to design data viz reports in Looker Studio.', [
      'Data Analysis',
      'Data Visualization',
    ]);
    expect(rankProof([churn, dashboard], reports).map((r) => r.item.id)).toEqual(['sales-dash']);
    const analysis = post('Looker Studio reports and data analysis of churn', 'We need data analysis of churn cohorts and reports in Looker Studio.', [
      'Data Analysis',
    ]);
    expect(rankProof([churn, dashboard], analysis).map((r) => r.item.id)).toContain('churn');
  });

  it('never returns an item below the threshold', () => {
    const incidental = post('Bookkeeping clean-up in Xero', 'We also keep a small SQL database.');
    expect(rankProof([churn, dashboard], incidental)).toEqual([]);
  });

  it('does not take the same kind of work on other tools as proof for a job about one tool', () => {
    const routing = item('routing', { title: 'Lead routing from web forms to HubSpot', skills: ['HubSpot', 'Zapier'] });
    const testimonial = item('thanks', { title: 'Ops lead testimonial: our CRM handover', skills: ['Google Sheets'] });
    const intercom = post('Intercom Setup Expert Needed for HubSpot Integration', 'Configure Intercom on our HubSpot site.', ['Intercom', 'HubSpot']);
    expect(rankProof([routing, testimonial], intercom).map((r) => r.item.id)).not.toContain('routing');
    const hubspot = post('HubSpot Expert Needed for Lead Routing', 'Route our web leads in HubSpot.', ['HubSpot', 'Zapier']);
    expect(rankProof([routing], hubspot).map((r) => r.item.id)).toEqual(['routing']);
  });

  it('reads an item by the work its title names, not the client it names', () => {
    const stock = item('stock', { title: 'Stock sheet clean-up for a two-warehouse hardware seller', skills: ['Data Cleaning', 'Excel'] });
    expect(itemKinds(stock)[0]?.kind).toBe('data-processing');
  });
});
