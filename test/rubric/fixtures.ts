/** Builders for rubric tests: a job post, profile, proof items and contexts, written for these tests. */
import { expect } from 'vitest';
import type { Instruction, ParsedJobPost, Profile, ProofItem } from '../../src/domain/schemas.ts';
import type { ProposalSubject, RubricContext } from '../../src/rubric/types.ts';
import { emptyClientSignals } from '../../src/parse/client-signals.ts';
import { findDeliverable } from '../../src/parse/deliverable.ts';

export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    name: 'Rowan Pike',
    headline: 'Shopify performance and checkout fixes for small stores',
    niche: 'ecommerce',
    rateFloor: 55,
    targetRate: 80,
    currency: 'USD',
    skills: ['Shopify', 'Liquid', 'JavaScript', 'Google Analytics'],
    tone: 'plain',
    avoidWords: [],
    allowedLinks: ['https://rowanpike.dev/work'],
    ...overrides,
  };
}

export function makeProof(overrides: Partial<ProofItem> = {}): ProofItem {
  return {
    id: 'ceramics-checkout',
    kind: 'case_study',
    title: 'Ceramics store checkout rebuild',
    clientType: 'independent ceramics shop on Shopify',
    problem: 'Mobile shoppers abandoned the cart page because a bundled upsell app slowed it to 6 seconds.',
    approach: 'Removed the upsell app, rewrote the cart drawer in Liquid, deferred third-party scripts.',
    result: 'Cart page loaded in 1.8 seconds and mobile checkout completion rose 22% over the next month.',
    metrics: [
      { label: 'mobile checkout completion', value: '+22%' },
      { label: 'cart load time', value: '1.8 s' },
    ],
    skills: ['Shopify', 'Liquid', 'Lighthouse'],
    link: 'https://rowanpike.dev/work/ceramics',
    public: true,
    ...overrides,
  };
}

export function makePost(
  overrides: {
    title?: string;
    description?: string;
    text?: string;
    skills?: string[];
    screeningQuestions?: string[];
    instructions?: Instruction[];
    duration?: string | null;
    budget?: { min: number | null; max: number | null };
  } = {},
): ParsedJobPost {
  const title = overrides.title ?? 'Speed up our Shopify checkout on mobile';
  const description =
    overrides.description ??
    'Our candle shop gets plenty of mobile traffic but few orders. The checkout feels sluggish on phones and we installed several apps last spring. Budget around $600. We want this sorted within 3 weeks.';
  const budget = overrides.budget ?? { min: 600, max: 600 };
  const skills = overrides.skills ?? ['Shopify', 'Page speed'];
  return {
    text: overrides.text ?? `${title}\n\n${description}\n\nFixed-price $600`,
    deliverable: findDeliverable({ title, description, skills }),
    facts: {
      title,
      description,
      budget: { type: 'fixed', min: budget.min, max: budget.max, currency: 'USD' },
      experienceLevel: 'intermediate',
      duration: overrides.duration ?? null,
      hoursPerWeek: null,
      postedAgo: null,
      proposals: null,
      interviewing: null,
      invitesSent: null,
      unansweredInvites: null,
      connects: null,
      skills,
      client: { ...emptyClientSignals(), paymentVerified: true },
    },
    screeningQuestions: overrides.screeningQuestions ?? [],
    instructions: overrides.instructions ?? [],
    redFlags: [],
  };
}

export function makeContext(overrides: Partial<RubricContext> = {}): RubricContext {
  return { post: makePost(), proof: [makeProof()], profile: makeProfile(), earlierDrafts: [], ...overrides };
}

export function draft(text: string, overrides: Partial<ProposalSubject> = {}): ProposalSubject {
  return { text, citations: [], screeningAnswers: [], ...overrides };
}

/** A draft written the way the rubric asks, for the post and proof above. */
export const GOOD_DRAFT = `Hi there,

Your checkout is likely slow on phones because one of the apps you installed last spring loads its scripts on every cart view, which means mobile shoppers wait and leave before they pay. That is the usual cause when traffic is healthy but orders are not.

I saw the same pattern with an independent ceramics shop on Shopify: a bundled upsell app held the cart page at 6 seconds. I removed the app, rewrote the cart drawer in Liquid and deferred third-party scripts; the cart then loaded in 1.8 seconds and mobile checkout completion rose 22% the following month.

I'd start with a short speed audit of your cart and checkout on a mid-range phone: a list of every app script that loads there, what each one costs in load time, and which ones you can drop or defer without losing a feature you use. You would have that report before any code changes, so you can decide what goes.

Which of the apps you added last spring touch the cart or the product page?`;

/** Runs one rule with its default thresholds merged with `overrides`. */
export function check<S>(
  rule: {
    thresholds: Record<string, number>;
    check(subject: S, context: RubricContext, thresholds: Record<string, number>): { message: string; evidence: string | null }[];
  },
  subject: S,
  context: RubricContext = makeContext(),
  overrides: Record<string, number> = {},
): { message: string; evidence: string | null; severity?: 'error' | 'warn' }[] {
  return rule.check(subject, context, { ...rule.thresholds, ...overrides });
}

/**
 * What a rule must give back on hostile text: findings that quote a short piece of it, never the
 * whole run. (The time a rule takes on it is measured in bench/hostile-inputs.ts, not asserted.)
 */
export function expectShortEvidence(hits: readonly { evidence: string | null }[]): void {
  for (const hit of hits) expect(hit.evidence?.length ?? 0).toBeLessThan(300);
}
