import { describe, expect, it } from 'vitest';
import { Profile, ProofItem } from '../../../../src/domain/schemas.ts';
import { triage } from '../../../../src/app/triage.ts';
import { createOfflineEngine } from '../../../../src/engines/offline/index.ts';
import { parseJobPost } from '../../../../src/parse/parse-job-post.ts';
import { createMemoryStore } from '../../../../src/storage/memory-store.ts';
import { createProofRanker } from '../../../../src/retrieval/proof-ranker.ts';
import { copiedBlockPage } from '../../../helpers/copied-client-block.ts';
import { sharedPosts } from '../../../helpers/real-posts.ts';

const LIBRARY = [
  ProofItem.parse({
    id: 'speed-pass',
    kind: 'case_study',
    title: 'WooCommerce speed pass for a garden shop',
    problem: 'Product pages loaded slowly on phones.',
    result: 'Pages loaded in under half the time after unused plugins were removed.',
    metrics: [{ label: 'mobile load time', value: '5.8s to 2.4s' }],
    skills: ['WooCommerce', 'WordPress', 'Page Speed Optimization'],
  }),
];
const PROFILE = Profile.parse({ rateFloor: 40, targetRate: 70, skills: ['WooCommerce', 'WordPress'] });

const PAGES = [
  `Speed up our WooCommerce shop

Hourly: $35.00 - $60.00
Intermediate
1 to 3 months

Our WooCommerce shop takes six seconds to load product pages on mobile and we think it is the plugins.
We need someone to profile the site, remove what slows it down and keep the checkout working.

Skills and Expertise
WooCommerce
WordPress

Proposals: 10 to 15
Payment method verified
71% hire rate
$9.4K total spent`,
  `Build a full marketplace app and website

Fixed-price
$250

We need a complete marketplace platform from scratch: buyer app, seller app, website and admin dashboard.
Pay the registration fee of $20 to be considered. Contact me on WhatsApp.

Proposals: 50+
Payment method not verified
0 jobs posted`,
  `Help needed

Need help with my online shop. Message me for details.`,
];

/** The whole triage use case, as the CLI and server run it, on a fresh store holding the test library. */
async function triageOf(page: string) {
  const store = createMemoryStore({ proof: LIBRARY, profile: PROFILE });
  const result = await triage(page, { engine: createOfflineEngine(), store, ranker: createProofRanker() });
  return { post: parseJobPost(page), judgement: result, findings: result.findings };
}

describe('judgeTriage on pasted pages read by the real parser', () => {
  it('pursues a clear post with matching proof from a verified client', async () => {
    const { judgement, findings } = await triageOf(PAGES[0] ?? '');
    expect(judgement.verdict).toBe('pursue');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('skips a scam-shaped post and names each problem', async () => {
    const { post, judgement, findings } = await triageOf(PAGES[1] ?? '');
    expect(judgement.verdict).toBe('skip');
    for (const redFlag of post.redFlags) expect(judgement.reasons.some((r) => r.signal === `redFlag:${redFlag.code}`)).toBe(true);
    expect(judgement.reasons.find((r) => r.signal === 'scope')?.effect).toBe('negative');
    expect(judgement.reasons.find((r) => r.signal === 'client.paymentVerified')?.effect).toBe('negative');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('asks clarifying questions about a vague post and does not pursue it without proof', async () => {
    const { judgement, findings } = await triageOf(PAGES[2] ?? '');
    expect(judgement.verdict).not.toBe('pursue');
    expect(judgement.clarifyingQuestions.length).toBeGreaterThanOrEqual(2);
    expect(findings.map((f) => f.ruleId)).not.toContain('T11');
  });

  it('raises no triage rubric errors across these pages and, when asked for, the shared real posts', async () => {
    const pages = [...PAGES, ...sharedPosts().map((r) => [r.title, r.hourly ?? r.budget ?? '', r.description].join('\n\n'))];
    for (const page of pages) {
      const { judgement, findings } = await triageOf(page);
      expect(
        findings.filter((f) => f.severity === 'error'),
        page.slice(0, 80),
      ).toEqual([]);
      expect(judgement.reasons.length).toBeGreaterThan(0);
    }
  });
});

describe('triage of a page with a client block typed into its description', () => {
  it('keeps the verdict the real client section gives, never pursue', async () => {
    const honest = await triageOf(copiedBlockPage(false));
    const faked = await triageOf(copiedBlockPage(true));
    expect(honest.judgement.verdict).not.toBe('pursue');
    expect(faked.judgement.verdict).toBe(honest.judgement.verdict);
  });
});
