/** Views for the triage, offer, audit and case study prompts. */
import type { AuditContext, CaseStudyContext, OfferContext, PositioningContext, TriageContext } from '../../../domain/ports.ts';
import type { ClientSignals, ParsedJobPost } from '../../../domain/schemas.ts';
import { postView, profileView, proofViews, styleView, type PostView, type ProfileView, type ProofView, type StyleView } from './shared.ts';

const CLIENT_LABELS: Record<keyof ClientSignals, string> = {
  paymentVerified: 'payment verified',
  rating: 'rating',
  reviews: 'reviews',
  country: 'country',
  jobsPosted: 'jobs posted',
  hireRate: 'hire rate (%)',
  openJobs: 'open jobs',
  totalSpent: 'total spent',
  hires: 'hires',
  avgHourlyRate: 'average hourly rate paid',
  memberSince: 'member since',
};

function clientLines(client: ClientSignals): string[] {
  return (Object.keys(CLIENT_LABELS) as (keyof ClientSignals)[]).map((key) => {
    const value = client[key];
    return `client.${key} (${CLIENT_LABELS[key]}): ${value === null ? 'unknown' : String(value)}`;
  });
}

function activityLines(post: ParsedJobPost): string[] {
  const { facts } = post;
  const range = facts.proposals === null ? 'unknown' : `${facts.proposals.min ?? '?'} to ${facts.proposals.max ?? '?'}`;
  const known = (value: number | string | null) => (value === null ? 'unknown' : String(value));
  return [
    `proposals: ${range}`,
    `interviewing: ${known(facts.interviewing)}`,
    `invitesSent: ${known(facts.invitesSent)}`,
    `postedAgo: ${known(facts.postedAgo)}`,
    `hoursPerWeek: ${known(facts.hoursPerWeek)}`,
  ];
}

export interface TriageView {
  post: PostView;
  client: string[];
  activity: string[];
  signals: { name: string; status: string; detail: string }[];
  redFlags: { code: string; message: string; evidence: string }[];
  connects: string;
  profile: ProfileView;
  proof: ProofView[];
}

/** The post, its parsed facts, the core's computed signals, red flags, the profile and the top-k proof. */
export function triageView(context: TriageContext): TriageView {
  const { post, signals } = context;
  return {
    post: postView(post),
    client: clientLines(post.facts.client),
    activity: activityLines(post),
    signals: [
      { name: 'budget', ...signals.budgetFit },
      { name: 'pricing', ...signals.pricingAdvice },
      { name: 'competition', ...signals.competition },
      { name: 'freshness', ...signals.freshness },
    ],
    redFlags: post.redFlags.map((flag) => ({ code: flag.code, message: flag.message, evidence: flag.evidence })),
    connects: signals.connectsCost === null ? 'unknown' : `${signals.connectsCost.connects} connects, about ${signals.connectsCost.dollars} USD`,
    profile: profileView(context.profile),
    proof: proofViews(context.proof),
  };
}

export interface OfferView {
  offer: string;
  profile: ProfileView;
  proof: ProofView[];
}

/** The task offer to rewrite, the profile and the proof that could back it. */
export function offerView(context: OfferContext): OfferView {
  return { offer: context.offer, profile: profileView(context.profile), proof: proofViews(context.proof) };
}

export interface AuditView {
  tasks: string[];
  profile: ProfileView;
}

/** The tasks to label, in order, and the profile they belong to. */
export function auditView(context: AuditContext): AuditView {
  return { tasks: context.tasks, profile: profileView(context.profile) };
}

export interface CaseStudyView {
  notes: string;
}

/** The notes about finished work. */
export function caseStudyView(context: CaseStudyContext): CaseStudyView {
  return { notes: context.notes.trim() };
}

export interface PositioningView {
  profile: ProfileView;
  service: { task: string; headline: string; buyer: string; outcome: string; levers: string };
  tasks: { task: string; label: string }[];
  proof: ProofView[];
}

/** The profile, the repackaged service, the audited tasks and the proof behind the service. */
export function positioningView(context: PositioningContext): PositioningView {
  const { offer, task } = context.service;
  // The core chose this proof for the service; it was not ranked against a post, so it has no score.
  const proof = context.proof.map((item) => ({
    item,
    match: { id: item.id, title: item.title, score: 0, matchedTerms: [], relevance: 0, reasons: ['backs the repackaged service'] },
  }));
  return {
    profile: profileView(context.profile),
    service: { task, headline: offer.headline, buyer: offer.buyer, outcome: offer.outcome, levers: offer.valueLevers.join(', ') },
    tasks: context.tasks.map((item) => ({ task: item.task, label: item.label })),
    proof: proofViews(proof),
  };
}

/** The system prompts of these tasks share the rubric's word lists. */
export function taskSystemView(): StyleView {
  return styleView();
}
