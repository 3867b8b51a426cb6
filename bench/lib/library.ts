/** A small, varied proof library for benchmarks: invented work across common freelance domains. */
import { readFileSync } from 'node:fs';
import { ProofItem } from '../../src/domain/schemas.ts';

const item = (id: string, title: string, skills: string[], problem: string, approach: string, result: string, metrics: [string, string][] = []) =>
  ProofItem.parse({
    id,
    kind: 'case_study',
    title,
    clientType: 'small business',
    problem,
    approach,
    result,
    metrics: metrics.map(([label, value]) => ({ label, value })),
    skills,
  });

export const BENCH_LIBRARY: ProofItem[] = [
  item(
    'pen-test-saas',
    'Security review of a SaaS login and API',
    ['Network Security', 'Vulnerability Assessment', 'Penetration Testing'],
    'A SaaS team had no idea which API endpoints leaked data.',
    'Mapped the attack surface, tested auth flows and wrote a fix list by severity.',
    'Critical findings fixed before their audit.',
    [['critical findings fixed', '6']],
  ),
  item(
    'sales-dashboard',
    'Sales dashboard for a wholesale distributor',
    ['Power BI', 'SQL', 'Data Analysis', 'Excel'],
    'Weekly sales numbers came from five spreadsheets that disagreed.',
    'Modelled the data in SQL and built one Power BI dashboard with agreed metric definitions.',
    'Managers read one number each Monday.',
    [['hours of manual reporting saved weekly', '9']],
  ),
  item(
    'shop-checkout',
    'Checkout fix for a Shopify store',
    ['Shopify', 'Liquid', 'Conversion Rate Optimization'],
    'Mobile shoppers dropped at checkout.',
    'Removed a slow shipping script and simplified the cart.',
    'Mobile completion rose.',
    [['mobile checkout completion', '+18%']],
  ),
  item(
    'wp-speed',
    'WordPress speed and lead form rebuild',
    ['WordPress', 'PHP', 'Web Design'],
    'A slow WordPress site lost leads on mobile.',
    'Rebuilt the theme templates and the lead form.',
    'The form started producing leads again.',
    [['page load time', '1.9s']],
  ),
  item(
    'social-launch',
    'Social launch kit for a consumer app',
    ['Social Media Marketing', 'Instagram', 'Content Writing', 'Canva'],
    'A launch needed consistent posts across channels.',
    'Wrote a content calendar and a reusable template kit.',
    'The team posted daily without an agency.',
  ),
  item(
    'python-etl',
    'Python automation of a supplier price feed',
    ['Python', 'Automation', 'Web Scraping', 'Google Sheets'],
    'Staff copied supplier prices by hand every week.',
    'Wrote a scheduled Python job that pulls and validates the feed into Google Sheets.',
    'Price updates now run unattended.',
    [['hours saved each week', '6']],
  ),
  item(
    'crm-zapier',
    'CRM and Zapier workflow for a coaching business',
    ['Zapier', 'HubSpot', 'Google Drive', 'Automation'],
    'Leads fell through between forms, email and the CRM.',
    'Connected forms, Google Drive and HubSpot with Zapier and wrote the handover guide.',
    'Every lead lands in the CRM with its files.',
  ),
  item(
    'video-edits',
    'YouTube editing for an education channel',
    ['Video Editing', 'Adobe Premiere Pro', 'YouTube'],
    'Raw lectures were too long to watch.',
    'Cut each into chapters with captions and thumbnails.',
    'Viewers stayed longer per video.',
    [['average view duration', '+35%']],
  ),
  item(
    'ml-churn',
    'Churn model for a subscription app',
    ['Machine Learning', 'Python', 'Data Science', 'Statistics'],
    'The app could not tell which users were about to cancel.',
    'Built and validated a churn model and a weekly risk list.',
    'The retention team worked from a ranked list.',
  ),
  item(
    'bookkeeping-cleanup',
    'Bookkeeping clean-up for an online retailer',
    ['Bookkeeping', 'QuickBooks', 'Accounting'],
    'Two years of transactions were uncategorised.',
    'Reconciled accounts and set up rules.',
    'Books ready for the accountant.',
  ),
];

/**
 * A library of `size` items: the example proof and the items above, then the same stories again
 * under new ids and titles, so a large library shares its words the way a real one repeats its work.
 */
export function benchLibrary(size: number): ProofItem[] {
  const examples = JSON.parse(readFileSync(new URL('../../examples/proof.json', import.meta.url), 'utf8')) as unknown[];
  const base = [...examples.map((raw) => ProofItem.parse(raw)), ...BENCH_LIBRARY];
  return Array.from({ length: size }, (_, i) => {
    const item = base[i % base.length] as ProofItem;
    return i < base.length ? item : { ...item, id: `${item.id}-${i}`, title: `${item.title} (${i})` };
  });
}
