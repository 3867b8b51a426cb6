/**
 * Builders for triage rule tests: a valid Triage, ParsedJobPost and RubricContext with every field
 * filled, which a test overrides only where it matters. Every value goes through the zod schema,
 * so the fixtures stay true to the contract.
 */
import { JobFacts, ParsedJobPost, Profile, ProofItem, Triage, type Budget, type ClientSignals } from '../../../src/domain/schemas.ts';
import type { RubricContext, RuleHit, Thresholds, TriageRule } from '../../../src/rubric/types.ts';
import { emptyClientSignals } from '../../../src/parse/client-signals.ts';
import { findDeliverable } from '../../../src/parse/deliverable.ts';
import { TRIAGE_EXTRAS } from '../../helpers/triage-extras.ts';

/** A concrete description of about sixty words that names deliverables. */
export const CONCRETE_DESCRIPTION =
  'We sell handmade ceramics online and need a developer to rebuild our product page template so it ' +
  'loads faster on phones. The work covers the template, image compression for the gallery, and a ' +
  'short report of load times before and after, measured with Lighthouse. We use Shopify and can share ' +
  'staff access once the contract starts.';

export interface FactsOverrides extends Partial<Omit<JobFacts, 'budget' | 'client'>> {
  budget?: Partial<Budget>;
  client?: Partial<ClientSignals>;
}

export interface TriageOverrides extends Partial<Omit<Triage, 'facts'>> {
  facts?: FactsOverrides;
}

/** Facts with nothing stated but a concrete description, plus `overrides`. */
export function buildFacts(overrides: FactsOverrides = {}): JobFacts {
  const { budget, client, ...rest } = overrides;
  return JobFacts.parse({
    title: null,
    description: CONCRETE_DESCRIPTION,
    experienceLevel: null,
    duration: null,
    hoursPerWeek: null,
    postedAgo: null,
    proposals: null,
    interviewing: null,
    invitesSent: null,
    unansweredInvites: null,
    connects: null,
    skills: [],
    ...rest,
    budget: { type: 'unknown', min: null, max: null, currency: null, ...budget },
    client: { ...emptyClientSignals(), ...client },
  });
}

/** A valid triage that passes every rule against an empty context, with `overrides` applied. */
export function buildTriage(overrides: TriageOverrides = {}): Triage {
  const { facts, ...rest } = overrides;
  return Triage.parse({
    ...TRIAGE_EXTRAS,
    verdict: 'consider',
    reasons: [{ signal: 'proof', effect: 'positive', text: 'A past page-speed project matches this request.' }],
    screeningQuestions: [],
    instructions: [],
    redFlags: [],
    budgetFit: { status: 'unknown', detail: 'No budget stated.' },
    pricingAdvice: { status: 'either', detail: 'Hourly while the scope is open; fixed for a defined first step.' },
    competition: { status: 'unknown', detail: 'No proposal count shown.' },
    freshness: { status: 'unknown', detail: 'No post date shown.' },
    bestProof: [],
    aiExposure: { level: 'ai_assisted', reason: 'Tooling helps; judgment on trade-offs stays human.' },
    clarifyingQuestions: [],
    connectsCost: null,
    findings: [],
    ...rest,
    facts: buildFacts(facts),
  });
}

/** A parsed post with `text` and the given facts. */
export function buildPost(text: string, facts: FactsOverrides = {}, extra: Partial<Omit<ParsedJobPost, 'text' | 'facts'>> = {}): ParsedJobPost {
  const built = buildFacts(facts);
  return ParsedJobPost.parse({
    text,
    facts: built,
    deliverable: findDeliverable(built),
    screeningQuestions: [],
    instructions: [],
    redFlags: [],
    ...extra,
  });
}

export interface ContextOverrides {
  post?: ParsedJobPost | null;
  proof?: Array<Partial<ProofItem> & { id: string }>;
  profile?: Partial<Profile>;
}

/** A rubric context: no post, an empty library and a default profile unless told otherwise. */
export function buildContext(overrides: ContextOverrides = {}): RubricContext {
  return {
    post: overrides.post ?? null,
    proof: (overrides.proof ?? []).map((item) => ProofItem.parse({ kind: 'case_study', title: `Proof ${item.id}`, ...item })),
    profile: Profile.parse(overrides.profile ?? {}),
    earlierDrafts: [],
  };
}

/** Runs `rule` with its default thresholds, overridden by `thresholds`. */
export function run(rule: TriageRule, triage: Triage, context: RubricContext = buildContext(), thresholds: Thresholds = {}): RuleHit[] {
  return rule.check(triage, context, { ...rule.thresholds, ...thresholds });
}
