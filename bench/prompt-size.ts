/**
 * Prompt size benchmark: `npx tsx bench/prompt-size.ts`.
 *
 * Renders the proposal prompts (system + user) for examples/job-post.txt against a 10-item and a
 * 1,000-item synthetic proof library, with retrieval picking the top 3 as the core does, and prints
 * their size in characters and estimated tokens. Tokens are estimated as characters / 4, a rule of
 * thumb for English with OpenAI tokenizers (good to about +-15%); no tokenizer is loaded. The point
 * it checks: the prompt does not grow with the library, because only the top-k proof goes in.
 * It also prints the model calls a proposal can take and the revision prompt's size.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PRICES } from '../src/domain/model-settings.ts';
import type { ProposeContext } from '../src/domain/ports.ts';
import { Profile, ProofItem } from '../src/domain/schemas.ts';
import { proposeSystemView, proposeView, reviseView } from '../src/engines/openai/views/proposal.ts';
import { parseJobPost } from '../src/parse/parse-job-post.ts';
import { createPromptLibrary } from '../src/prompts/create-prompt-library.ts';
import { newTagSuffix } from '../src/prompts/data-tag.ts';
import { rankProof } from '../src/retrieval/rank-proof.ts';
import { prng } from './lib/prng.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const TOP_PROOF = 3;
const MODEL = 'gpt-5-mini';
/** Assumed output of one draft call (a 250-word letter plus screening answers, as JSON). */
const OUTPUT_TOKENS = 500;

const DOMAINS = [
  {
    skills: ['Shopify', 'Liquid'],
    client: 'online store',
    problem: 'shoppers abandoned the cart on mobile',
    approach: 'rebuilt the checkout steps and removed a slow app',
    metric: 'checkout completion',
  },
  {
    skills: ['Google Analytics', 'Conversion Rate Optimization'],
    client: 'subscription shop',
    problem: 'nobody knew where visitors dropped off',
    approach: 'set up funnel events and a weekly report',
    metric: 'tracked funnel steps',
  },
  {
    skills: ['Power BI', 'SQL'],
    client: 'wholesaler',
    problem: 'weekly sales figures disagreed',
    approach: 'modelled the data and built one dashboard',
    metric: 'hours saved weekly',
  },
  {
    skills: ['WordPress', 'PHP'],
    client: 'law firm',
    problem: 'the contact form lost leads',
    approach: 'rebuilt the form and its notifications',
    metric: 'leads a month',
  },
  {
    skills: ['Python', 'Automation'],
    client: 'logistics company',
    problem: 'prices were copied by hand',
    approach: 'wrote a scheduled import with checks',
    metric: 'hours saved weekly',
  },
  {
    skills: ['Figma', 'Web Design'],
    client: 'SaaS startup',
    problem: 'the landing page confused visitors',
    approach: 'redesigned the page around one call to action',
    metric: 'signup rate',
  },
];

function syntheticLibrary(size: number): ProofItem[] {
  const random = prng(size);
  return Array.from({ length: size }, (_, index) => {
    const domain = DOMAINS[Math.floor(random() * DOMAINS.length)]!;
    const value = `${Math.round(5 + random() * 40)}%`;
    return ProofItem.parse({
      id: `item-${index}`,
      kind: 'case_study',
      title: `${domain.skills[0]} work for a ${domain.client} (${index})`,
      clientType: domain.client,
      problem: `The ${domain.client}'s ${domain.problem}.`,
      approach: `I ${domain.approach}.`,
      result: `The ${domain.metric} improved and the team kept the setup.`,
      metrics: [{ label: domain.metric, value }],
      skills: domain.skills,
      public: random() < 0.5,
    });
  });
}

const prompts = createPromptLibrary({ dir: `${root}prompts` });
const suffix = newTagSuffix();
const post = parseJobPost(readFileSync(`${root}examples/job-post.txt`, 'utf8'));
const profile = Profile.parse(JSON.parse(readFileSync(`${root}examples/profile.json`, 'utf8')));
const system = prompts.render('propose.system', proposeSystemView(), suffix);
const tokens = (chars: number) => Math.round(chars / 4);
const price = DEFAULT_PRICES[MODEL]!;
const cost = (input: number, output: number) => (input * price.input + output * price.output) / 1_000_000;

console.log(`Proposal prompt for examples/job-post.txt (top ${TOP_PROOF} proof; tokens estimated as characters / 4)`);
console.log('library  proof-in-prompt  system-chars  user-chars  total-chars  ~tokens  ~cost-per-draft');
let context: ProposeContext | undefined;
for (const size of [10, 1_000]) {
  const library = syntheticLibrary(size);
  context = { post, profile, proof: rankProof(library, post, TOP_PROOF), options: { tone: profile.tone, length: 'standard' }, accepted: [] };
  const user = prompts.render('propose.user', proposeView(context), suffix);
  const total = system.length + user.length;
  const dollars = cost(tokens(total), OUTPUT_TOKENS);
  console.log(
    `${String(size).padStart(7)}  ${String(context.proof.length).padStart(15)}  ${String(system.length).padStart(12)}  ${String(user.length).padStart(10)}  ${String(total).padStart(11)}  ${String(tokens(total)).padStart(7)}  $${dollars.toFixed(5)} (${MODEL}, ${OUTPUT_TOKENS} output tokens assumed)`,
  );
}

if (context !== undefined) {
  const draft = { text: 'word '.repeat(250).trim(), citations: context.proof.map((ranked) => ranked.item.id).slice(0, 2), screeningAnswers: [] };
  const findings = [{ ruleId: 'P14', severity: 'error' as const, message: 'The draft gives an email address; remove it.', evidence: 'someone@example.com' }];
  const revise =
    prompts.render('revise.system', proposeSystemView(), suffix).length + prompts.render('revise.user', reviseView(context, draft, findings), suffix).length;
  console.log(`\nRevision prompt (a 250-word draft, one finding): ${revise} chars, ~${tokens(revise)} tokens`);
}
console.log('\nModel calls per proposal:');
console.log('  1  the first draft fits the schema and passes every error rule (the usual case)');
console.log('  2  the first draft needed one repair request, or the rubric sent it back for one revision');
console.log('  3  a repair and a revision, or a revision that itself needed a repair');
console.log('  4  at most: draft, its repair, revision, its repair');
