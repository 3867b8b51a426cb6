import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type ParsedJobPost, ProofItem } from '../../src/domain/schemas.ts';
import { parseJobPost } from '../../src/parse/parse-job-post.ts';
import { createProofIndex, rankProof } from '../../src/retrieval/rank-proof.ts';
import { realPosts } from '../helpers/real-posts.ts';
import { item, post } from './fixtures.ts';

const library: ProofItem[] = [
  item('bi-sales', {
    title: 'Sales dashboard for a furniture retailer',
    skills: ['Power BI', 'SQL'],
    problem: 'Weekly sales figures lived in five spreadsheets.',
    metrics: [{ label: 'hours of reporting saved per week', value: '6' }],
  }),
  item('shop-speed', {
    title: 'Shopify checkout speed-up',
    skills: ['Shopify', 'Liquid'],
    result: 'Checkout loads in under two seconds.',
  }),
  item('newsletter', {
    title: 'Newsletter relaunch for a yoga studio',
    skills: ['Mailchimp', 'Copywriting'],
    clientType: 'fitness studio',
  }),
  item('generic', {
    title: 'Data project for a business client',
    problem: 'The client needed work on their data for a business project.',
  }),
];

describe('rankProof', () => {
  it('returns nothing for an empty library', () => {
    expect(rankProof([], post('Power BI dashboards', 'Sales reporting'))).toEqual([]);
  });

  it('puts the item that matches the post best first, with its id, title and a score', () => {
    const ranked = rankProof(library, post('Power BI developer for sales dashboards', 'Monthly reports for our shops.'));
    expect(ranked[0]?.item.id).toBe('bi-sales');
    expect(ranked[0]?.match).toMatchObject({ id: 'bi-sales', title: 'Sales dashboard for a furniture retailer' });
    expect(ranked[0]?.match.score).toBeGreaterThan(0);
  });

  it('matches plural and singular forms and reports the words the post used', () => {
    const [top] = rankProof(library, post('Dashboards wanted', 'We sell furniture.'));
    expect(top?.item.id).toBe('bi-sales');
    expect(top?.match.matchedTerms).toEqual(['dashboards', 'furniture']);
  });

  it('does not return an item that shares only generic words with the post', () => {
    const ranked = rankProof(library, post('Business data project', 'Work for a client with experience in data.'));
    expect(ranked).toEqual([]);
  });

  it('still counts generic words in the score of an item that also matches a specific one, without reporting them', () => {
    const pair = [item('a-plain', { title: 'Warehouse dashboard' }), item('b-data', { title: 'Warehouse data dashboard' })];
    const ranked = rankProof(pair, post('Warehouse dashboard for our data', ''));
    expect(ranked.map((r) => r.item.id)).toEqual(['b-data', 'a-plain']);
    expect(ranked[0]?.match.matchedTerms).toEqual(['warehouse', 'dashboard']);
    expect(rankProof(pair, post('Data', ''))).toEqual([]);
  });

  it('lets the title decide the kind of work, so a tool the description names in passing brings no proof', () => {
    const both = post('Shopify checkout is slow', 'We also send a Mailchimp newsletter.');
    expect(rankProof(library, both).map((r) => r.item.id)).toEqual(['shop-speed']);
    const swapped = rankProof(library, post('Mailchimp newsletter for our studio', 'Our shopify checkout works fine.'));
    expect(swapped.map((r) => r.item.id)).toEqual(['newsletter']);
  });

  it('does not offer an item for a word the post mentions only in passing', () => {
    const ranked = rankProof(library, post('Shopify checkout is slow', 'We also send a newsletter.'));
    expect(ranked.map((r) => r.item.id)).toEqual(['shop-speed']);
  });

  it('uses the listed skills of the post', () => {
    const ranked = rankProof(library, post('Help with our emails', 'Monthly campaigns.', ['Mailchimp']));
    expect(ranked.map((r) => r.item.id)).toEqual(['newsletter']);
    expect(ranked[0]?.match.matchedTerms).toContain('mailchimp');
  });

  it('returns at most k items, 3 by default', () => {
    const many = Array.from({ length: 6 }, (_, i) => item(`p${i}`, { title: `Webflow site number ${i}` }));
    expect(rankProof(many, post('Webflow site', ''))).toHaveLength(3);
    expect(rankProof(many, post('Webflow site', ''), 5)).toHaveLength(5);
    expect(rankProof(many, post('Webflow site', ''), 0)).toEqual([]);
  });

  it('breaks ties by id and gives the same order whatever the library order', () => {
    const twins = ['delta', 'alpha', 'charlie', 'bravo'].map((id) => item(id, { title: 'Airtable automation' }));
    const query = post('Airtable automation', '');
    const ids = rankProof(twins, query, 4).map((r) => r.item.id);
    expect(ids).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    expect(rankProof([...twins].reverse(), query, 4).map((r) => r.item.id)).toEqual(ids);
  });

  it('falls back to the pasted text when the parsed description is empty', () => {
    const pasted: ParsedJobPost = { ...post(null, ''), text: 'Our Shopify checkout is slow' };
    expect(rankProof(library, pasted)[0]?.item.id).toBe('shop-speed');
  });

  it('ranks real-looking job posts without crashing', () => {
    for (const raw of realPosts()) {
      const ranked = rankProof(library, post(raw.title, raw.description, raw.skills));
      expect(ranked.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('createProofIndex', () => {
  const index = createProofIndex(library);

  it('searches free text', () => {
    expect(index.search('mailchimp copywriting', 3).map((r) => r.item.id)).toEqual(['newsletter']);
  });

  it('counts a word only when the item names it in its title or skills, not only in its story or context', () => {
    expect(index.search('reporting hours', 3)).toEqual([]);
    expect(index.search('fitness', 3)).toEqual([]);
    expect(index.search('checkout', 3).map((r) => r.item.id)).toEqual(['shop-speed']);
    expect(index.search('Liquid theme fixes', 3).map((r) => r.item.id)).toEqual(['shop-speed']);
  });

  it('lets story and context words raise the score of an item that qualifies', () => {
    const pair = createProofIndex([
      item('a-bare', { title: 'Newsletter relaunch' }),
      item('b-told', { title: 'Newsletter relaunch', clientType: 'fitness studio', problem: 'Open rates had fallen.' }),
    ]);
    const ranked = pair.search('newsletter for a fitness studio with falling open rates', 3);
    expect(ranked.map((r) => r.item.id)).toEqual(['b-told', 'a-bare']);
    expect(ranked[0]?.match.matchedTerms).toEqual(['newsletter']);
  });

  it('does not offer an item for a broad word alone, but does for a skill named whole', () => {
    const broad = createProofIndex([item('crm-flow', { title: 'CRM automation for a coach', skills: ['Zapier', 'Marketing Automation'] })]);
    expect(broad.search('automation', 3)).toEqual([]);
    expect(broad.search('marketing automation', 3).map((r) => r.item.id)).toEqual(['crm-flow']);
    expect(broad.search('marketing automation', 3)[0]?.match.matchedTerms).toEqual(['marketing', 'automation']);
  });

  it('returns nothing for text made only of stopwords', () => {
    expect(index.search('the and of with for you', 3)).toEqual([]);
  });

  it.each([
    ['an empty string', ''],
    ['emoji', '🚀🔥 dashboards 🎉'],
    ['regex metacharacters', '(.*+?)[^$]{2,}|\\d \\ / sales.*'],
    ['object property names', '__proto__ constructor toString hasOwnProperty prototype'],
    ['control characters', '\u0000\u0007\u001b[31m sales \uffff \ud800'],
  ])('never throws on %s', (_name, query) => {
    expect(() => index.search(query, 3)).not.toThrow();
    expect(Array.isArray(index.search(query, 3))).toBe(true);
  });

  it('finds the repeated topic in 100 KB of text', () => {
    // Thousands of distinct one-off words, then a paragraph repeated: the repeated topic must win.
    const noise = Array.from({ length: 3_000 }, (_, i) => `word${i}`).join(' ');
    const text = `${noise} ${'Our sales team wants one dashboard for weekly figures. '.repeat(1_500)}`.slice(0, 100_000);
    const ranked = index.search(text, 3);
    expect(text.length).toBeGreaterThanOrEqual(99_000);
    expect(ranked.map((r) => r.item.id)).toContain('bi-sales');
  });

  it('treats a non-finite or negative k as no results or all results, not an error', () => {
    expect(index.search('dashboard', -1)).toEqual([]);
    expect(index.search('dashboard', Number.NaN)).toEqual([]);
    expect(index.search('dashboard', Number.POSITIVE_INFINITY).length).toBeGreaterThan(0);
  });
});

describe('a large library', () => {
  const shared = ['Shopify', 'Liquid', 'React', 'Figma', 'SQL', 'Zapier', 'Klaviyo', 'Webflow'];
  const big = Array.from({ length: 3_000 }, (_, i) =>
    item(`bulk-${String(i).padStart(4, '0')}`, {
      title: `${shared[i % shared.length]} store work ${i % 7 === 0 ? 'migration' : 'refresh'}`,
      skills: [shared[(i * 3) % shared.length] as string, shared[(i * 5) % shared.length] as string],
      problem: 'Orders, checkout, theme, speed, email, catalog and reporting.',
    }),
  );
  big.push(item('the-one', { title: 'Shopify to Medusa migration', skills: ['Medusa', 'Shopify'] }));
  const index = createProofIndex(big);

  it('still finds the one item that holds the rare term the post asks for', () => {
    const [top] = index.search('Shopify store migration to Medusa with checkout, theme and email', 3);
    expect(top?.item.id).toBe('the-one');
    expect(top?.match.matchedTerms).toContain('medusa');
  });
});

describe('a large library where the rarest words of a post are incidental', () => {
  // Every word of the post is held by hundreds of items, so the search cannot score them all at
  // once; the rarest ("leak", "audit") belong to security reviews, the common ones to the real work.
  const security = Array.from({ length: 900 }, (_, i) =>
    item(`security-${i}`, {
      title: `Security audit of a SaaS API (${i})`,
      skills: ['Penetration Testing'],
      problem: 'Endpoints could leak customer data; nobody had run an audit.',
    }),
  );
  const checkout = Array.from({ length: 1_800 }, (_, i) =>
    item(`checkout-${i}`, {
      title: `Shopify store checkout conversion fix (${i})`,
      skills: ['Shopify', 'Conversion Rate Optimization'],
      problem: 'Shoppers abandoned the Shopify checkout on mobile, so the store lost sales.',
      result: 'Checkout conversion recovered within a month.',
    }),
  );
  const index = createProofIndex([...security, ...checkout]);

  it('still finds the work the post asks for instead of nothing', () => {
    const found = index.search('Shopify store checkout is leaking sales - need a conversion audit and fixes', 3);
    expect(found).toHaveLength(3);
    expect(found.every(({ item: { id } }) => id.startsWith('checkout-'))).toBe(true);
  });
});

describe('the scores of the example post', () => {
  it('ranks the example post against the example library with the scores BM25+ gave it before the index was rewritten', async () => {
    const examples = new URL('../../examples/', import.meta.url);
    const library = (JSON.parse(await readFile(new URL('proof.json', examples), 'utf8')) as unknown[]).map((raw) => ProofItem.parse(raw));
    const example = parseJobPost(await readFile(new URL('job-post.txt', examples), 'utf8'));
    // Recorded from minisearch 7.2 (the index this replaced) on the same library and post.
    expect(rankProof(library, example, 25).map(({ item: { id }, match: { score } }) => [id, score])).toEqual([
      ['refill-checkout-fix', 1631.966],
      ['founder-testimonial', 263.869],
    ]);
  });
});
