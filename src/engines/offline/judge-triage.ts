/**
 * The offline engine's triage judgement: a verdict with one reason per signal that matters, the
 * task's AI exposure, and clarifying questions for a vague post. Deterministic rules, no model.
 */
import type { TriageContext, TriageJudgement } from '../../domain/ports.ts';
import type { Reason, Verdict } from '../../domain/schemas.ts';
import { fold } from '../../text/fold.ts';
import { findTerms } from '../../text/text.ts';
import { SEVERE_RED_FLAGS } from '../../rubric/triage/t10-red-flags.ts';
import { classifyTask } from './classify-task.ts';
import { clarifyingQuestions } from './triage/clarifying-questions.ts';
import { clientReasons } from './triage/client-reasons.ts';
import { exposureReason, instructionsReason, redFlagReasons, scopeReason } from './triage/post-reasons.ts';
import { budgetReason, competitionReason, connectsReason, freshnessReason, pricingReason, proofReason } from './triage/signal-reasons.ts';

const LOCATION_WORDS: readonly string[] = ['country', 'countries', 'nationality', 'region', 'regions', 'location'];

/**
 * Where a client lives is never held against a job. A negative reason whose quoted evidence happens
 * to name the country (or a location word) keeps its signal but loses the quote.
 */
function withoutLocation(reason: Reason, country: string | null): Reason {
  if (reason.effect !== 'negative') return reason;
  const names = country === null ? [] : [country];
  if (findTerms(reason.text, [...names, ...LOCATION_WORDS]).length === 0) return reason;
  const quote = reason.text.indexOf(' The post says:');
  const text = quote > 0 ? reason.text.slice(0, quote) : `A ${reason.signal} concern was found in the post.`;
  return findTerms(text, [...names, ...LOCATION_WORDS]).length === 0
    ? { ...reason, text }
    : { ...reason, text: `A ${reason.signal} concern was found in the post.` };
}

/**
 * Pay too good for the work is the bait of a scam when nothing vouches for the client: with its
 * payment method not verified, or beside another red flag, the job is not worth a bid.
 */
function isBait(context: TriageContext): boolean {
  const { redFlags, facts } = context.post;
  if (!redFlags.some((flag) => flag.code === 'too_good_pay')) return false;
  return facts.client.paymentVerified === false || redFlags.some((flag) => flag.code !== 'too_good_pay');
}

/**
 * With no proof that fits, the method says do not chase the job; it stays worth a look only when
 * the post names a skill the profile holds (work you may do but cannot yet show).
 */
function namesHeldSkill(context: TriageContext): boolean {
  const held = new Set(context.profile.skills.map((skill) => fold(skill).trim()));
  return context.post.facts.skills.some((skill) => held.has(fold(skill).trim()));
}

/**
 * Pursue needs nothing against the job. A scope the fixed budget cannot pay for is such a cost even
 * when proof fits: the honest best is to consider it and propose a smaller first milestone.
 */
function decide(context: TriageContext, scope: Reason | null): Verdict {
  const { post, proof, signals } = context;
  const severe = post.redFlags.some((flag) => SEVERE_RED_FLAGS.has(flag.code));
  if (severe || signals.budgetFit.status === 'below_floor' || isBait(context)) return 'skip';
  if (proof.length === 0) return namesHeldSkill(context) ? 'consider' : 'skip';
  const pursuable =
    proof.length > 0 &&
    post.redFlags.length === 0 &&
    scope?.effect !== 'negative' &&
    post.facts.client.paymentVerified !== false &&
    signals.competition.status !== 'high';
  return pursuable ? 'pursue' : 'consider';
}

/**
 * Judges a post from the core's signals, the proof match and the post's own text. Retrieval hands
 * over only proof that is evidence for the post (src/retrieval/relevant-proof.ts), so every item
 * given counts.
 */
export function judgeTriage(context: TriageContext): TriageJudgement {
  const { post, profile, proof, signals } = context;
  const exposure = classifyTask(`${post.facts.title ?? ''}\n${post.facts.description}`);
  const scope = scopeReason(post);
  const reasons = [
    proofReason(proof),
    budgetReason(signals),
    pricingReason(signals, post),
    competitionReason(signals, post),
    freshnessReason(signals),
    ...clientReasons(post.facts.client),
    ...redFlagReasons(post),
    scope,
    instructionsReason(post),
    exposureReason(exposure.level, exposure.reason),
    connectsReason(signals),
  ]
    .filter((reason): reason is Reason => reason !== null)
    .map((reason) => withoutLocation(reason, post.facts.client.country));
  return {
    verdict: decide(context, scope),
    reasons,
    aiExposure: { level: exposure.level, reason: exposure.reason },
    clarifyingQuestions: clarifyingQuestions(post, profile.avoidWords),
  };
}
