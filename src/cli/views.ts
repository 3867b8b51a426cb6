/** Plain-text view models for the output templates: every field a template reads is present. */
import { groupTasks, type PositioningSuggestion } from '../domain/positioning.ts';
import { countWords } from '../text/text.ts';
import { PURPOSE_LABEL, mayFollow } from '../domain/instruction-purpose.ts';
import type { CaseStudy, Instruction, MarketContext, Offer, Profile, Proposal, ProofItem, TaskAudit, Triage } from '../domain/schemas.ts';
import { fieldName } from '../domain/plain-issue.ts';
import { CRITERION_NAMES, MUST_HAVE_STATUS } from '../domain/pursuit.ts';
import type { Shortlist } from '../domain/shortlist.ts';
import { findingsView, gapLine, usageLine } from './finding-lines.ts';
import { signalWords } from './signal-words.ts';

const VERDICT_STYLE = { pursue: 'green', consider: 'yellow', skip: 'red' } as const;
const EFFECT_MARK = { positive: '+', negative: '-', neutral: '·' } as const;
const LABEL_STYLE = { automatable: 'red', ai_assisted: 'yellow', human_critical: 'green' } as const;

/** An exposure label as a padded, coloured cell: "ai-assisted   ". */
function labelCell(label: keyof typeof LABEL_STYLE) {
  return { label: label.replace('_', '-').padEnd(14), labelStyle: LABEL_STYLE[label] };
}

/** The first `max` items, and how many more there are. */
function listSome(items: string[], max: number): string {
  const more = items.length - max;
  return items.slice(0, max).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function money(value: number | null, currency: string | null): string {
  if (value === null) return '?';
  return currency === null || currency === 'USD' ? `$${value}` : `${value} ${currency}`;
}

/** Each market fact with its source, or [] when the kind of work is unknown (nothing is shown then). */
export function marketLines(market: MarketContext | null | undefined): string[] {
  return (market?.facts ?? []).map((fact) => `${fact.text} (source: ${fact.source})`);
}

/** Triage as the terminal shows it. */

export function triageView(result: Triage) {
  const { facts } = result;
  const { budget, client } = facts;
  const range =
    budget.min === budget.max ? money(budget.max, budget.currency) : `${money(budget.min, budget.currency)} - ${money(budget.max, budget.currency)}`;
  const clientParts = [
    client.paymentVerified === null ? null : client.paymentVerified ? 'payment verified' : 'payment NOT verified',
    client.rating === null ? null : `rated ${client.rating}${client.reviews === null ? '' : ` (${client.reviews} reviews)`}`,
    client.totalSpent === null ? null : `$${client.totalSpent.toLocaleString('en-US')} spent`,
    client.hireRate === null ? null : `${client.hireRate}% hire rate`,
    client.jobsPosted === null ? null : `${client.jobsPosted} jobs posted`,
    client.country,
  ].filter((part): part is string => part !== null);
  return {
    title: facts.title ?? '(untitled post)',
    verdict: result.verdict.toUpperCase(),
    verdictStyle: VERDICT_STYLE[result.verdict],
    reasons: result.reasons.map((reason) => ({ ...reason, signal: signalWords(reason.signal), mark: EFFECT_MARK[reason.effect] })),
    budget: budget.type === 'unknown' ? 'not stated' : `${budget.type}, ${budget.min === null && budget.max === null ? 'rate not stated' : range}`,
    budgetFit: result.budgetFit.detail,
    pricing: result.pricingAdvice.detail,
    competition: result.competition.detail,
    freshness: result.freshness.detail,
    connects: result.connectsCost === null ? '' : `${result.connectsCost.connects} Connects (about $${result.connectsCost.dollars.toFixed(2)})`,
    client: clientParts.length > 0 ? clientParts.join(', ') : 'no client details in the post',
    aiExposure: `${result.aiExposure.level.replace('_', '-')}: ${result.aiExposure.reason}`,
    bestProof: result.bestProof.map((match) => ({ ...match, matched: listSome(match.matchedTerms, 6), relevance: match.relevance.toFixed(2) })),
    deliverable: `${result.deliverable.summary ?? 'not stated'} (${result.deliverable.domainLabel ?? 'kind of work unclear'})`,
    criteria: CRITERION_NAMES.map(([key, name]) => ({ name, ...result.criteria[key] })),
    mustHaves: result.mustHaves.map((must) => ({ ...must, status: MUST_HAVE_STATUS[must.met] })),
    instructions: numberedInstructions(result.instructions, []),
    redFlags: result.redFlags,
    screeningQuestions: result.screeningQuestions,
    clarifyingQuestions: result.clarifyingQuestions,
    findings: findingsView(result.findings),
    usage: usageLine(result.usage),
    marketKind: result.market?.kindLabel ?? '',
    market: marketLines(result.market),
  };
}

/**
 * Client instructions numbered from 1, as `--accept` and the API take them, each with what its
 * purpose means and whether it was accepted.
 */
function numberedInstructions(instructions: readonly Instruction[], accepted: readonly Instruction[]) {
  const taken = new Set(accepted.map((instruction) => instruction.text));
  return instructions.map((instruction, index) => ({
    ...instruction,
    number: index + 1,
    label: PURPOSE_LABEL[instruction.purpose],
    note: taken.has(instruction.text) ? 'accepted: the draft follows it' : mayFollow(instruction) ? 'not accepted' : '',
  }));
}

/** "NOT READY TO SEND ..." for a draft that still breaks an error rule; empty when it breaks none. */
function guardLine(problems: number): string {
  if (problems === 0) return '';
  return `NOT READY TO SEND: this draft still breaks ${problems} ${problems === 1 ? 'rule' : 'rules'} that must pass. Fix ${problems === 1 ? 'it' : 'each'} before you send it:`;
}

/**
 * A proposal draft with its counts and what the client sees first; `streamed` when the text was
 * already shown live, in which case it is shown again only if the guard changed it.
 */
export function proposalView(result: Proposal, streamed = false) {
  const preview = result.text.replace(/\s+/g, ' ').slice(0, 150);
  return {
    ...result,
    instructions: numberedInstructions(result.instructions, result.acceptedInstructions),
    rule: '-'.repeat(60),
    words: countWords(result.text),
    chars: result.text.length,
    preview,
    findings: findingsView(result.findings),
    showText: !streamed || result.guard.changes.length > 0,
    guardLine: guardLine(result.guard.problems.length),
    gapLine: gapLine(result.gaps),
    usage: usageLine(result.usage),
    footer: `Drafted by the ${result.engine} engine${result.engine === 'offline' ? ' (rule-based, no model)' : ''}. Review it before you send it.`,
  };
}

/** An offer rewrite. */
export function offerView(result: Offer) {
  return { ...result, findings: findingsView(result.findings), usage: usageLine(result.usage) };
}

/** A positioning suggestion: headline, niche, the tasks by exposure and the repackaged service. */
export function positioningView(result: PositioningSuggestion) {
  const tasks = groupTasks(result.tasks.items).map((group) => ({
    task: group.tasks.join(', '),
    reason: group.reason,
    ...labelCell(group.label),
  }));
  return { ...result, tasks, usage: usageLine(result.usage) };
}

/** A task audit. */
export function auditView(result: TaskAudit) {
  return {
    ...result,
    items: result.items.map((item) => ({ ...item, ...labelCell(item.label), market: marketLines(item.market) })),
    usage: usageLine(result.usage),
  };
}

/** A case study draft. */
export function caseStudyView(result: CaseStudy) {
  return {
    json: JSON.stringify(result.proof, null, 2),
    unconfirmed: result.unconfirmedMetrics,
    dropped: result.droppedMetrics,
    missing: result.missing.map((field) => (fieldName([field]) ?? field).toLowerCase()),
    usage: usageLine(result.usage),
  };
}

/** The proof library. */
export function proofListView(items: ProofItem[]) {
  return {
    count: items.length,
    items: items.map((item) => ({
      ...item,
      metricsLine: item.metrics.map((metric) => `${metric.label} ${metric.value}`).join('; '),
    })),
  };
}

/** The profile. */
export function profileView(profile: Profile) {
  const rate = (value: number | null) => (value === null ? 'not set' : `${value} ${profile.currency}/hr`);
  return {
    ...profile,
    name: profile.name || 'not set',
    headline: profile.headline || 'not set',
    niche: profile.niche || 'not set',
    rateFloor: rate(profile.rateFloor),
    targetRate: rate(profile.targetRate),
  };
}

/** The shortlist as a ranked table: a line a post (rank, verdict, score, title, budget) and its reason under it. */
export function shortlistView(list: Shortlist) {
  const triaged = list.counts.pursue + list.counts.consider + list.counts.skip;
  const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
  return {
    summary: `${list.summary}.`,
    header: `${'#'.padStart(3)}  ${'verdict'.padEnd(8)} ${'score'.padStart(5)}  ${'post'.padEnd(48)} budget`,
    rows: list.entries.map((entry) => ({
      style: VERDICT_STYLE[entry.verdict],
      line: `${String(entry.rank).padStart(3)}  ${entry.verdict.toUpperCase().padEnd(8)} ${entry.score.toFixed(1).padStart(5)}  ${clip(entry.title ?? `(untitled, ${entry.source})`, 48)} ${entry.budget}\n      ${entry.reason}`,
      market: entry.market?.facts[0]?.text ?? '',
    })),
    hidden: list.entries.length < triaged ? `the first ${list.entries.length} of ${triaged}; leave out --top to see them all` : '',
    refused: list.refused,
    empty: list.counts.empty === 0 ? '' : `${list.counts.empty} empty post${list.counts.empty === 1 ? '' : 's'} skipped.`,
  };
}
