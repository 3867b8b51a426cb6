/**
 * Proof retrieval benchmark: `npx tsx bench/retrieval.ts [items] [queries]`.
 *
 * Generates synthetic proof libraries from a seeded PRNG (the same libraries on every run), times
 * building the index and running post-sized queries against it, and prints p50/p95 per query and
 * the heap used. Target: a query under 20 ms at 10,000 items.
 *
 * Two libraries: "varied" writes each item's story from a 6,000-word vocabulary drawn with a Zipf
 * law, as real writing is; "templated" fills the same few sentence templates 10,000 times, so every
 * query word is held by thousands of items: a worst case no real library reaches. Queries are timed
 * after one untimed pass (steady state). A last line times rankProof as the use cases call it
 * (index built per post) on a 200-item library.
 */
import os from 'node:os';
import type { ParsedJobPost, ProofItem } from '../src/domain/schemas.ts';
import { findDeliverable } from '../src/parse/deliverable.ts';
import { createProofIndex, rankProof } from '../src/retrieval/rank-proof.ts';
import { prng } from './lib/prng.ts';
import { loadSharedPosts } from '../src/evals/shared-posts.ts';

const ITEMS = Number(process.argv[2] ?? 10_000);
const QUERIES = Number(process.argv[3] ?? 100);
const TARGET_MS = 20;

const SKILLS = [
  'React',
  'TypeScript',
  'Node.js',
  'Python',
  'Django',
  'SQL',
  'PostgreSQL',
  'Power BI',
  'Tableau',
  'Looker Studio',
  'Excel',
  'Shopify',
  'WooCommerce',
  'WordPress',
  'Webflow',
  'Figma',
  'Illustrator',
  'After Effects',
  'Premiere Pro',
  'SEO',
  'Google Ads',
  'Meta Ads',
  'Mailchimp',
  'Klaviyo',
  'HubSpot',
  'Salesforce',
  'Zapier',
  'Make',
  'Airtable',
  'Notion',
  'OpenAI API',
  'LangChain',
  'AWS',
  'Docker',
  'Kubernetes',
  'Terraform',
  'C#',
  'C++',
  'Go',
  'Rust',
  'Swift',
  'Kotlin',
  'Flutter',
  'Unity',
  'Blender',
  'Copywriting',
  'Technical writing',
  'Translation',
  'Bookkeeping',
  'QuickBooks',
];
const INDUSTRIES = [
  'dental clinic',
  'law firm',
  'online store',
  'SaaS startup',
  'logistics company',
  'real estate agency',
  'restaurant group',
  'nonprofit',
  'university lab',
  'fitness studio',
  'insurance broker',
  'game studio',
  'marketing agency',
  'hotel',
  'manufacturer',
  'podcast network',
  'recruiting firm',
  'bakery chain',
];
const PROBLEMS = [
  'reports took days to assemble',
  'checkout abandoned on mobile',
  'leads went unanswered',
  'invoices were reconciled by hand',
  'support tickets piled up',
  'pages loaded slowly',
  'campaign spend had no attribution',
  'inventory counts drifted',
  'onboarding emails were ignored',
  'the deploy process broke weekly',
  'search results were irrelevant',
  'videos had no captions',
];
const APPROACHES = [
  'built a scheduled pipeline',
  'rebuilt the landing page',
  'wrote an automation with alerts',
  'designed a reusable template kit',
  'migrated the database',
  'added conversion tracking',
  'set up a retrieval workflow with citations',
  'cleaned and deduplicated the records',
  'introduced a review checklist',
  'containerised the services',
];
const METRICS = ['hours saved per week', 'conversion rate', 'page load time', 'tickets closed', 'revenue per visit'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function picks<T>(random: () => number, list: readonly T[], count: number): T[] {
  return Array.from({ length: count }, () => pick(random, list));
}

function makeTemplatedItem(random: () => number, index: number): ProofItem {
  const skills = [...new Set(picks(random, SKILLS, 2 + Math.floor(random() * 4)))];
  const industry = pick(random, INDUSTRIES);
  return {
    id: `proof-${String(index).padStart(5, '0')}`,
    kind: pick(random, ['case_study', 'testimonial', 'portfolio', 'credential'] as const),
    title: `${skills[0]} work for a ${industry}`,
    clientType: industry,
    problem: `The ${industry}'s ${pick(random, PROBLEMS)}, and ${pick(random, PROBLEMS)}.`,
    approach: `I ${pick(random, APPROACHES)} with ${skills.join(', ')}, then ${pick(random, APPROACHES)}.`,
    result: `After launch the ${industry} saw fewer problems; ${pick(random, PROBLEMS)} no longer.`,
    metrics: [{ label: pick(random, METRICS), value: `${Math.floor(random() * 90) + 10}%` }],
    skills,
    link: null,
    public: random() > 0.5,
  };
}

function makeTemplatedQuery(random: () => number): string {
  const skills = [...new Set(picks(random, SKILLS, 3))];
  const industry = pick(random, INDUSTRIES);
  const body = Array.from({ length: 6 }, () => `Our ${industry} has a problem: ${pick(random, PROBLEMS)}.`);
  return (
    `${skills[0]} expert for our ${industry}\n${skills.join(', ')}\n${body.join(' ')} ` +
    `We want someone who ${pick(random, APPROACHES)} before. Budget is flexible for the right person.`
  );
}

/** A seeded vocabulary of pronounceable made-up words, drawn by a Zipf law (rank r with weight 1/(r+10)). */
function zipfWords(random: () => number, size: number): (count: number) => string {
  const syllables = ['ka', 'lo', 'mi', 'ter', 'van', 'sor', 'pel', 'du', 'rix', 'bo', 'nem', 'qua', 'fi', 'gal', 'tos'];
  const words = new Set<string>();
  while (words.size < size) words.add(picks(random, syllables, 2 + Math.floor(random() * 3)).join(''));
  const vocabulary = [...words];
  const cumulative: number[] = [];
  let sum = 0;
  vocabulary.forEach((_, rank) => {
    sum += 1 / (rank + 10);
    cumulative.push(sum);
  });
  const draw = (): string => {
    const target = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return vocabulary[low] as string;
  };
  return (count) => Array.from({ length: count }, draw).join(' ');
}

function makeVariedItem(random: () => number, index: number, words: (count: number) => string): ProofItem {
  const skills = [...new Set(picks(random, SKILLS, 2 + Math.floor(random() * 4)))];
  const industry = pick(random, INDUSTRIES);
  return {
    ...makeTemplatedItem(random, index),
    title: `${skills[0]} ${words(2)} for a ${industry}`,
    clientType: industry,
    problem: `${words(18)}, ${pick(random, PROBLEMS)}.`,
    approach: `${words(12)} with ${skills.join(', ')}; ${words(10)}.`,
    result: `${words(14)}.`,
    skills,
  };
}

function makeVariedQuery(random: () => number, words: (count: number) => string): string {
  const skills = [...new Set(picks(random, SKILLS, 3))];
  const industry = pick(random, INDUSTRIES);
  return (
    `${skills[0]} ${words(3)} for our ${industry}\n${skills.join(', ')}\n` +
    `${words(40)}. ${pick(random, PROBLEMS)}. ${words(50)}. Budget is flexible for the right person.`
  );
}

function sampleQueries(): string[] {
  return (loadSharedPosts() ?? []).map((post) => `${post.title}\n${post.skills.join(', ')}\n${post.description}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Wall-clock and CPU milliseconds per query, each sorted ascending (CPU time is steadier on a busy machine). */
function timeQueries(search: (query: string) => unknown, queries: string[]): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const query of queries) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    search(query);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

function describeTimes({ wall, cpu }: { wall: number[]; cpu: number[] }): string {
  return (
    `p50 ${ms(percentile(wall, 50))}  p95 ${ms(percentile(wall, 95))}  max ${ms(wall.at(-1) ?? 0)}` +
    `  (cpu p50 ${ms(percentile(cpu, 50))}  p95 ${ms(percentile(cpu, 95))})`
  );
}

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;
const ms = (value: number): string => `${value.toFixed(2)} ms`;

interface Library {
  name: string;
  item: (random: () => number, index: number) => ProofItem;
  query: (random: () => number) => string;
}

function run(library: Library): void {
  const random = prng(20_260_101);
  const heapBefore = process.memoryUsage().heapUsed;
  const items = Array.from({ length: ITEMS }, (_, index) => library.item(random, index));
  const heapItems = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const index = createProofIndex(items);
  const buildMs = performance.now() - buildStart;
  const heapIndex = process.memoryUsage().heapUsed;

  const queries = Array.from({ length: QUERIES }, () => library.query(random));
  // One untimed pass: compiles the hot paths and lets the collector pay off the build's garbage,
  // so the timed pass measures steady-state queries.
  for (const query of queries) index.search(query, 3);
  const times = timeQueries((query) => index.search(query, 3), queries);
  const p95 = percentile(times.wall, 95);

  console.log(`${library.name}: ${ITEMS} items, ${QUERIES} synthetic post queries`);
  console.log(`  items            ${mb(heapItems - heapBefore)} heap`);
  console.log(`  build index      ${ms(buildMs)}, ${mb(heapIndex - heapItems)} heap`);
  console.log(`  query            ${describeTimes(times)}`);
  const sample = sampleQueries();
  if (sample.length > 0) {
    for (const query of sample) index.search(query, 3);
    console.log(`  sample posts     ${sample.length} queries, ${describeTimes(timeQueries((query) => index.search(query, 3), sample))}`);
  }
  console.log(`  heap used        ${mb(process.memoryUsage().heapUsed)} in total`);
  console.log(`  target           p95 under ${TARGET_MS} ms: ${p95 < TARGET_MS ? 'met' : 'NOT met'}`);
}

/** A parsed post with only what ranking reads: title, skills and description. */
function asPost(text: string): ParsedJobPost {
  const [title = '', skills = '', ...body] = text.split('\n');
  const client = Object.fromEntries(
    ['paymentVerified', 'rating', 'reviews', 'country', 'jobsPosted', 'hireRate', 'openJobs', 'totalSpent', 'hires', 'avgHourlyRate', 'memberSince'].map(
      (key) => [key, null],
    ),
  ) as ParsedJobPost['facts']['client'];
  return {
    text,
    facts: {
      title,
      description: body.join('\n'),
      skills: skills.split(', '),
      client,
      budget: { type: 'unknown', min: null, max: null, currency: null },
      experienceLevel: null,
      duration: null,
      hoursPerWeek: null,
      postedAgo: null,
      proposals: null,
      interviewing: null,
      invitesSent: null,
      unansweredInvites: null,
      connects: null,
    },
    deliverable: findDeliverable({ title, description: body.join('\n'), skills: skills.split(', ') }),
    screeningQuestions: [],
    instructions: [],
    redFlags: [],
  };
}

/** rankProof as the use cases call it: build the index and query it, per post, on a typical library. */
function runTypical(size: number, words: (count: number) => string): void {
  const random = prng(42);
  const items = Array.from({ length: size }, (_, index) => makeVariedItem(random, index, words));
  const posts = Array.from({ length: QUERIES }, () => asPost(makeVariedQuery(random, words)));
  for (const post of posts) rankProof(items, post, 3);
  const times = timeQueries(
    (query) => rankProof(items, asPost(query), 3),
    posts.map((post) => post.text),
  );
  console.log(`rankProof (build + query) on ${size} items: ${describeTimes(times)}`);
}

const words = zipfWords(prng(7), 6_000);
console.log(`load average ${os.loadavg()[0]?.toFixed(2)} on ${os.availableParallelism()} cores`);
run({ name: 'varied', item: (random, index) => makeVariedItem(random, index, words), query: (random) => makeVariedQuery(random, words) });
run({ name: 'templated (worst case)', item: makeTemplatedItem, query: makeTemplatedQuery });
runTypical(200, words);
