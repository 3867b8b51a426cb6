/**
 * A post's facts flattened to one entry per stated value, each tagged with how it is checked
 * against the post text. "Not stated" is always null here, including an `unknown` budget type and
 * an empty string, so a guessed fact is simply a leaf that is null in the post and not in the triage.
 */
import type { JobFacts } from '../../domain/schemas.ts';

export type LeafKind = 'number' | 'percent' | 'proposalsMin' | 'text' | 'date' | 'description' | 'level' | 'currency' | 'budgetType' | 'payment' | 'skill';

export interface FactLeaf {
  path: string;
  kind: LeafKind;
  value: string | number | boolean | null;
}

function text(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

/** Every fact in `facts` as a leaf; skills get one leaf each, keyed by the lower-cased skill. */
export function factLeaves(facts: JobFacts): FactLeaf[] {
  const { budget, client, proposals } = facts;
  const leaves: FactLeaf[] = [
    { path: 'title', kind: 'text', value: text(facts.title) },
    { path: 'description', kind: 'description', value: text(facts.description) },
    { path: 'budget.type', kind: 'budgetType', value: budget.type === 'unknown' ? null : budget.type },
    { path: 'budget.min', kind: 'number', value: budget.min },
    { path: 'budget.max', kind: 'number', value: budget.max },
    { path: 'budget.currency', kind: 'currency', value: budget.currency },
    { path: 'experienceLevel', kind: 'level', value: facts.experienceLevel },
    { path: 'duration', kind: 'text', value: text(facts.duration) },
    { path: 'hoursPerWeek', kind: 'text', value: text(facts.hoursPerWeek) },
    { path: 'postedAgo', kind: 'text', value: text(facts.postedAgo) },
    { path: 'proposals.min', kind: 'proposalsMin', value: proposals?.min ?? null },
    { path: 'proposals.max', kind: 'number', value: proposals?.max ?? null },
    { path: 'interviewing', kind: 'number', value: facts.interviewing },
    { path: 'invitesSent', kind: 'number', value: facts.invitesSent },
    { path: 'unansweredInvites', kind: 'number', value: facts.unansweredInvites },
    { path: 'connects', kind: 'number', value: facts.connects },
    { path: 'client.paymentVerified', kind: 'payment', value: client.paymentVerified },
    { path: 'client.rating', kind: 'number', value: client.rating },
    { path: 'client.reviews', kind: 'number', value: client.reviews },
    { path: 'client.country', kind: 'text', value: text(client.country) },
    { path: 'client.jobsPosted', kind: 'number', value: client.jobsPosted },
    { path: 'client.hireRate', kind: 'percent', value: client.hireRate },
    { path: 'client.openJobs', kind: 'number', value: client.openJobs },
    { path: 'client.totalSpent', kind: 'number', value: client.totalSpent },
    { path: 'client.hires', kind: 'number', value: client.hires },
    { path: 'client.avgHourlyRate', kind: 'number', value: client.avgHourlyRate },
    { path: 'client.memberSince', kind: 'date', value: text(client.memberSince) },
  ];
  for (const skill of facts.skills) {
    if (skill.trim() !== '') leaves.push({ path: `skills:${skill.trim().toLowerCase()}`, kind: 'skill', value: skill });
  }
  return leaves;
}
