/**
 * Pieces of prompt views shared by several tasks: the job post, the profile's voice settings and
 * the ranked proof. Views hold display strings only; the prompt library neutralises every string,
 * and templates place each piece inside its data tag.
 */
import type { RankedProof } from '../../../domain/ports.ts';
import type { Budget, ParsedJobPost, Profile } from '../../../domain/schemas.ts';
import { AI_TELL_WORDS, SELF_PRAISE_PHRASES, THROAT_CLEARING_OPENERS } from '../../../text/vocabulary.ts';

const NONE = '(not stated)';

/** A list as one line, or "(none)" when empty. */
export function listOrNone(items: readonly string[], separator = ', '): string {
  return items.length === 0 ? '(none)' : items.join(separator);
}

/** The value as text, or "(not stated)" when it is missing or empty. */
export function orNotStated(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? NONE : String(value);
}

function budgetLine(budget: Budget): string {
  if (budget.type === 'unknown' && budget.min === null && budget.max === null) return NONE;
  const currency = budget.currency ?? '';
  const amounts = [budget.min, budget.max].filter((value): value is number => value !== null);
  const range = amounts.length === 0 ? 'amount not stated' : [...new Set(amounts)].join(' - ');
  return `${budget.type === 'unknown' ? 'type not stated' : budget.type}: ${range}${currency ? ` ${currency}` : ''}${budget.type === 'hourly' ? ' per hour' : ''}`;
}

export interface PostView {
  title: string;
  text: string;
  budget: string;
  experienceLevel: string;
  duration: string;
  skills: string;
  screeningQuestions: string[];
  instructions: { kind: string; purpose: string; text: string }[];
}

/** The post as pasted, plus the facts the parser read from it (unknowns say so). */
export function postView(post: ParsedJobPost): PostView {
  const { facts } = post;
  return {
    title: orNotStated(facts.title),
    text: post.text.trim(),
    budget: budgetLine(facts.budget),
    experienceLevel: orNotStated(facts.experienceLevel),
    duration: orNotStated(facts.duration),
    skills: listOrNone(facts.skills),
    screeningQuestions: post.screeningQuestions,
    instructions: post.instructions.map((instruction) => ({ kind: instruction.kind, purpose: instruction.purpose, text: instruction.text })),
  };
}

export interface ProfileView {
  name: string;
  headline: string;
  niche: string;
  skills: string;
  tone: string;
  avoidWords: string;
  rates: string;
  allowedLinks: string;
}

/** The profile's voice settings: who writes, what they hold, which words and links they allow. */
export function profileView(profile: Profile): ProfileView {
  const rate = (label: string, value: number | null) => (value === null ? null : `${label} ${value} ${profile.currency}`);
  const rates = [rate('rate floor', profile.rateFloor), rate('target rate', profile.targetRate)].filter((entry) => entry !== null);
  return {
    name: orNotStated(profile.name),
    headline: orNotStated(profile.headline),
    niche: orNotStated(profile.niche),
    skills: listOrNone(profile.skills),
    tone: profile.tone,
    avoidWords: listOrNone(profile.avoidWords),
    rates: rates.length === 0 ? NONE : rates.join('; '),
    allowedLinks: listOrNone(profile.allowedLinks),
  };
}

export interface ProofView {
  id: string;
  kind: string;
  title: string;
  clientType: string;
  problem: string;
  approach: string;
  result: string;
  metrics: string;
  skills: string;
  link: string;
  nameable: string;
  fit: string;
}

/**
 * Why the item is here: retrieval's relevance score (0-1, at or above RELEVANCE.threshold) and its
 * reasons; a view that did not rank (the judge's cited items, relevance 0) gives its reasons alone.
 */
function fitLine(match: RankedProof['match']): string {
  const reasons = listOrNone(match.reasons, '; ');
  return match.relevance > 0 ? `relevance ${match.relevance.toFixed(2)}; ${reasons}` : reasons;
}

/** The ranked proof the core chose (already the top k and relevance-checked), each with why it fits. */
export function proofViews(proof: readonly RankedProof[]): ProofView[] {
  return proof.map(({ item, match }) => ({
    id: item.id,
    kind: item.kind,
    title: item.title,
    clientType: orNotStated(item.clientType),
    problem: orNotStated(item.problem),
    approach: orNotStated(item.approach),
    result: orNotStated(item.result),
    metrics: listOrNone(
      item.metrics.map((metric) => `${metric.label}: ${metric.value}`),
      '; ',
    ),
    skills: listOrNone(item.skills),
    link: orNotStated(item.link),
    // A private item may be described but its client never named.
    nameable: item.public ? 'yes' : 'no (describe the client by type only)',
    fit: fitLine(match),
  }));
}

export interface StyleView {
  aiTellWords: string;
  selfPraise: string;
  openers: string;
}

/** The rubric's word lists, so the model avoids what the rubric will flag. */
export function styleView(): StyleView {
  const quote = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');
  return { aiTellWords: quote(AI_TELL_WORDS), selfPraise: quote(SELF_PRAISE_PHRASES), openers: quote(THROAT_CLEARING_OPENERS) };
}
