/**
 * Triage contexts for the judge's tests: a post built from a few facts, signals set directly, and
 * a proof match or none. Each test overrides only what it is about.
 */
import type { RankedProof, TriageContext, TriageSignals } from '../../../../src/domain/ports.ts';
import { ParsedJobPost, Profile, ProofItem } from '../../../../src/domain/schemas.ts';
import type { ClientSignals, Instruction, JobFacts, RedFlag } from '../../../../src/domain/schemas.ts';
import { makeFacts } from '../../../helpers/facts.ts';
import { findDeliverable } from '../../../../src/parse/deliverable.ts';

export const PROOF_ITEM = ProofItem.parse({
  id: 'clinic-booking',
  kind: 'case_study',
  title: 'Booking flow rebuild for a physio clinic',
  problem: 'Patients abandoned the online booking form halfway.',
  result: 'Online bookings replaced most phone bookings.',
  metrics: [{ label: 'online bookings', value: 'up 40%' }],
  skills: ['React', 'Node.js'],
});

const MATCH: RankedProof = {
  item: PROOF_ITEM,
  match: { id: PROOF_ITEM.id, title: PROOF_ITEM.title, score: 4.2, matchedTerms: ['booking', 'react'], relevance: 1, reasons: [] },
};

const DESCRIPTION =
  'Our physio clinic wants a new online booking page in React that syncs with our calendar and sends reminders. ' +
  'Patients should pick a therapist, a time and a treatment, and staff need a simple admin view to move appointments. ' +
  'We have the designs ready in Figma and an existing Node.js backend you can extend.';

export interface ContextSpec {
  facts?: Partial<JobFacts>;
  client?: Partial<ClientSignals>;
  redFlags?: RedFlag[];
  instructions?: Instruction[];
  proof?: RankedProof[];
  signals?: Partial<TriageSignals>;
  profile?: Partial<Profile>;
}

const GOOD_SIGNALS: TriageSignals = {
  budgetFit: { status: 'fair', detail: 'Hourly $40-$70/hr clears your floor of $35/hr.' },
  pricingAdvice: { status: 'hourly', detail: 'Hourly fits: scope can move without renegotiating; report hours weekly.' },
  competition: { status: 'low', detail: 'fewer than 5 proposals.' },
  freshness: { status: 'fresh', detail: 'Posted 2 hours ago.' },
  connectsCost: null,
};

/** A healthy post (clear scope, fair hourly budget, verified client, proof on file) with overrides. */
export function makeContext(spec: ContextSpec = {}): TriageContext {
  const facts = makeFacts({
    title: 'Online booking page for a physio clinic',
    description: DESCRIPTION,
    budget: { type: 'hourly', min: 40, max: 70, currency: 'USD' },
    skills: ['React', 'Node.js'],
    ...spec.facts,
  });
  facts.client = { ...facts.client, paymentVerified: true, ...spec.client };
  const text = [facts.title ?? '', facts.description].join('\n\n');
  return {
    post: ParsedJobPost.parse({
      text,
      facts,
      deliverable: findDeliverable(facts),
      screeningQuestions: [],
      instructions: spec.instructions ?? [],
      redFlags: spec.redFlags ?? [],
    }),
    profile: Profile.parse({ rateFloor: 35, targetRate: 60, skills: ['React'], ...spec.profile }),
    proof: spec.proof ?? [MATCH],
    signals: { ...GOOD_SIGNALS, ...spec.signals },
  };
}

export function flag(code: RedFlag['code'], evidence = 'see post'): RedFlag {
  return { code, message: `Red flag: ${code.replace(/_/g, ' ')}.`, evidence };
}
