/** Two job posts written for these tests (in the shared-posts record shape) and labels for them. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Post } from '../../../src/evals/shared-posts.ts';
import type { TriageLabel, TriageLabelFile } from '../../../src/evals/triage-agreement/triage-label.ts';

const meta = {
  job_type: 'HOURLY',
  client_payment_verification: 'VERIFIED',
  client_country: 'Canada',
  client_total_spent_usd: 42000,
  client_total_reviews: 30,
  client_feedback: 4.9,
};

export const POSTS: Post[] = [
  {
    id: 'test-shopify-checkout',
    title: 'Fix Shopify checkout drop-off after a theme change',
    description:
      'Our Shopify store lost a third of its checkouts after we changed theme. We need someone to find what broke in the Liquid templates and the checkout scripts, fix it, and show the numbers recover in GA4.\n\nPlease answer: What would you check first?',
    budget: null,
    hourly: '$60.00 - $90.00',
    skills: ['Shopify', 'Liquid', 'GA4'],
    meta,
  },
  {
    id: 'test-wedding-video',
    title: 'Edit a wedding video into a five-minute highlight reel',
    description: 'We have six hours of wedding footage and want a five-minute highlight reel with music, colour grading and titles.',
    budget: '$150',
    hourly: null,
    skills: ['Video Editing', 'Premiere Pro'],
    meta: { ...meta, job_type: 'FIXED' },
  },
];

const base = { mustHaves: [], unmetMustHaves: [], redFlags: [], instructions: [], notes: '' };

export const LABELS: TriageLabel[] = [
  {
    ...base,
    id: 'test-shopify-checkout',
    deliverable: 'checkout repair after a theme change',
    domain: 'ecommerce-shopify',
    relevantProof: ['shopify-checkout-recovery'],
    verdicts: ['pursue', 'consider'],
    screeningQuestions: ['What would you check first?'],
  },
  {
    ...base,
    id: 'test-wedding-video',
    deliverable: 'a wedding highlight reel',
    domain: 'video-presenting',
    relevantProof: [],
    verdicts: ['skip'],
    redFlags: [{ code: 'pay_below_market', why: 'six hours of footage edited for $150' }],
    screeningQuestions: [],
  },
];

/** A folder with the posts (JSON lines), the labels file and a copy of the fixtures, for CLI runs. */
export async function writeCalibrationFolder(labels: TriageLabel[] = LABELS): Promise<{ dir: string; posts: string; labels: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'bidwright-triage-cal-'));
  const posts = join(dir, 'posts.jsonl');
  await writeFile(posts, `${POSTS.map((post) => JSON.stringify(post)).join('\n')}\n`);
  const file: TriageLabelFile = { about: 'test labels', profile: 'default', library: 'default', labels };
  const labelsPath = join(dir, 'labels.json');
  await writeFile(labelsPath, JSON.stringify(file));
  return { dir, posts, labels: labelsPath };
}
