/**
 * Deterministic readings of a post's facts against the freelancer's profile: budget fit, pricing
 * model, competition, freshness and the cost of applying. Engines judge on top of these.
 */
import { CROWDING, MIN_FIXED_HOURS } from '../domain/judgement.ts';
import type { TriageSignals } from '../domain/ports.ts';
import type { Assessment, JobFacts, Profile } from '../domain/schemas.ts';

/** What one Connect costs in dollars (Upwork sells them at $0.15). */
const DEFAULT_CONNECT_PRICE = 0.15;

const ONGOING = /\b(ongoing|long[- ]term|evolving|as needed|retainer|continuous|recurring|monthly)\b/i;
// "Less than 1 month" is short; any other span in months ("1 to 3 months", "More than 6 months") or over four weeks is long.
const LONG_DURATION = /^(?!\s*less than).*\bmonths?\b|\b([5-9]|\d{2,})\s*weeks?\b/i;

function money(value: number, currency: string | null): string {
  const symbol = currency === null || currency === 'USD' ? '$' : `${currency} `;
  return `${symbol}${Number.isInteger(value) ? value : value.toFixed(2)}`;
}

function budgetRange(facts: JobFacts): string {
  const { min, max, currency, type } = facts.budget;
  const suffix = type === 'hourly' ? '/hr' : '';
  if (min !== null && max !== null && min !== max) return `${money(min, currency)}-${money(max, currency)}${suffix}`;
  const one = max ?? min;
  return one === null ? 'not stated' : `${money(one, currency)}${suffix}`;
}

/** Compares the post's budget with the profile's rate floor and target. */
export function assessBudget(facts: JobFacts, profile: Profile): Assessment {
  const { type, min, max } = facts.budget;
  const top = max ?? min;
  if (type === 'unknown' || top === null) {
    return { status: 'unknown', detail: 'The post states no budget; ask for the range before you price.' };
  }
  const range = budgetRange(facts);
  if (profile.rateFloor === null) {
    return { status: 'no_floor', detail: `Budget ${range}. Set a rate floor in your profile to have it checked.` };
  }
  if (type === 'fixed') {
    const hours = Math.floor(top / profile.rateFloor);
    if (hours < MIN_FIXED_HOURS) {
      return {
        status: 'below_floor',
        detail: `Fixed ${range} buys under ${MIN_FIXED_HOURS} hours at your floor of ${money(profile.rateFloor, profile.currency)}/hr: too little for any real job.`,
      };
    }
    return {
      status: 'unknown',
      detail: `Fixed ${range} buys about ${hours} hours at your floor of ${money(profile.rateFloor, profile.currency)}/hr; check it against the scope.`,
    };
  }
  if (top < profile.rateFloor) {
    return {
      status: 'below_floor',
      detail: `Hourly ${range} tops out below your floor of ${money(profile.rateFloor, profile.currency)}/hr.`,
    };
  }
  if (profile.targetRate !== null && top >= profile.targetRate) {
    return {
      status: 'above_target',
      detail: `Hourly ${range} reaches your target rate of ${money(profile.targetRate, profile.currency)}/hr.`,
    };
  }
  return { status: 'fair', detail: `Hourly ${range} clears your floor of ${money(profile.rateFloor, profile.currency)}/hr.` };
}

/** Advises hourly or fixed: fixed price is a trap on long, evolving work. */
export function assessPricing(facts: JobFacts): Assessment {
  const long = (facts.duration !== null && LONG_DURATION.test(facts.duration)) || ONGOING.test(`${facts.title ?? ''}\n${facts.description}`);
  if (facts.budget.type === 'fixed' && long) {
    return {
      status: 'hourly',
      detail: 'Fixed price on long or evolving work puts every change on you: propose hourly with a weekly cap, or a fixed first milestone.',
    };
  }
  if (facts.budget.type === 'fixed') {
    return { status: 'fixed', detail: 'Fixed price suits a short, well-defined deliverable: agree the acceptance criteria before you start.' };
  }
  if (facts.budget.type === 'hourly') {
    return { status: 'hourly', detail: 'Hourly fits: scope can move without renegotiating; report hours weekly.' };
  }
  return {
    status: 'either',
    detail: 'The post does not say: prefer hourly if the scope is open, fixed only for a defined first deliverable.',
  };
}

/** Reads the proposal count and interview activity. */
export function assessCompetition(facts: JobFacts): Assessment {
  const { proposals, interviewing, invitesSent } = facts;
  const active = interviewing !== null && interviewing >= CROWDING.interviewing;
  if (proposals === null && interviewing === null) {
    return { status: 'unknown', detail: 'The post does not show how many proposals it has.' };
  }
  const count = proposals === null ? 'unknown proposals' : describeProposals(proposals.min, proposals.max);
  const talks = interviewing === null ? '' : `, ${interviewing} interviewing`;
  const invites = invitesSent === null ? '' : `, ${invitesSent} invited`;
  const detail = `${count}${talks}${invites}.`;
  const crowded = (proposals?.min ?? 0) >= CROWDING.proposals;
  if (active || crowded) return { status: 'high', detail };
  if (proposals?.max != null && proposals.max <= 10) return { status: 'low', detail };
  return { status: 'medium', detail };
}

function describeProposals(min: number | null, max: number | null): string {
  if (max === null) return `${min ?? 0}+ proposals`;
  if (min === null || min === 0) return `fewer than ${max + 1} proposals`;
  return `${min} to ${max} proposals`;
}

/** Reads how long ago the job was posted. */
export function assessFreshness(facts: JobFacts): Assessment {
  const ago = facts.postedAgo;
  if (ago === null) return { status: 'unknown', detail: 'The post does not say when it was published.' };
  const text = ago.toLowerCase();
  if (/\b(second|minute|hour)s?\b|just now/.test(text)) return { status: 'fresh', detail: `Posted ${stripPosted(ago)}.` };
  const days = /(\d+)\s*days?/.exec(text);
  if (/yesterday|today|recently/.test(text) || (days !== null && Number(days[1]) < 7)) {
    return { status: 'recent', detail: `Posted ${stripPosted(ago)}.` };
  }
  if (days !== null || /\b(week|month|year)s?\b/.test(text)) {
    return { status: 'stale', detail: `Posted ${stripPosted(ago)}: the client may have hired already.` };
  }
  return { status: 'unknown', detail: `Posted ${stripPosted(ago)}.` };
}

function stripPosted(ago: string): string {
  return ago.replace(/^posted\s+/i, '');
}

/** Computes every signal the engines judge on. */
export function assessSignals(facts: JobFacts, profile: Profile, connectPrice = DEFAULT_CONNECT_PRICE): TriageSignals {
  return {
    budgetFit: assessBudget(facts, profile),
    pricingAdvice: assessPricing(facts),
    competition: assessCompetition(facts),
    freshness: assessFreshness(facts),
    connectsCost: facts.connects === null ? null : { connects: facts.connects, dollars: Math.round(facts.connects * connectPrice * 100) / 100 },
  };
}
