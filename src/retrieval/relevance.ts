/**
 * How relevant a proof item is to a post, as a score from 0 to 1 with its reasons. Two things must
 * both hold, so the score is their product:
 *
 * - the kind of work: the item's main kind (from its title, skills and story, see
 *   src/text/work-kind.ts) is the post's kind (1) or related to it (0.55); unrelated kinds score 0.
 *   A post whose kind is unclear scores 0.75 with an item of the kind its few cues lean to, else 0.5. An item's lesser kinds do not count: a CRM clean-up that
 *   mentions HubSpot is data-cleaning work, not HubSpot marketing automation;
 * - the shared words: each meaningful word the item shares with the post (relevant-proof.ts) counts
 *   by where the post says it: in its title 1, in its description 0.6, only in its skill tags 0.4
 *   (a tools list names what the client uses, not what they want done); each cue of the shared
 *   kind that both use adds 0.3; the sum is capped at 1.
 *
 * One more rule: when the title names the tool the job is about (a skill tag of the post's kind,
 * "Intercom" in "Intercom Setup ... for HubSpot Integration"), an item of the same kind that shows
 * other tools of that kind but not this one is not relevant.
 *
 * An item is relevant at RELEVANCE.threshold or above. So one incidental shared word never makes an
 * item relevant, and neither does the same kind of work with nothing specific in common.
 */
import { RELEVANCE } from '../domain/judgement.ts';
import type { ProofItem } from '../domain/schemas.ts';
import { kindOf, kindsRelated, scoreKinds, workKind, type KindScore } from '../text/work-kind.ts';
import type { QueryEvidence } from './relevant-proof.ts';

/** An item's relevance to a query and why. */
export interface Relevance {
  relevance: number;
  reasons: string[];
  /** The shared words' weight before the cap: orders items of equal relevance. */
  strength: number;
}

// "... for a two-warehouse hardware seller": what follows names the client, not the work.
const FOR_CLIENT = /\s+for\s+(?:a|an|the|our|my|one|two|three|several|\d+)\s/i;

/** What an item shows: its kinds of work, heaviest first, and the kind each of its skills names (if any). */
export interface ItemKinds {
  kinds: KindScore[];
  skillKinds: (string | undefined)[];
}

/** An item's kinds and its skills' kinds (see ItemKinds). */
export function readItem(item: ProofItem): ItemKinds {
  return { kinds: itemKinds(item), skillKinds: (item.skills ?? []).map(kindOf) };
}

/**
 * The kinds of work an item shows, heaviest first: its title counts most (the part naming the
 * client, "for a hardware seller", counts as story), then its skills, then its story.
 */
export function itemKinds(item: ProofItem): KindScore[] {
  const at = item.title.search(FOR_CLIENT);
  const [work, client] = at === -1 ? [item.title, ''] : [item.title.slice(0, at), item.title.slice(at)];
  return scoreKinds([
    { text: work, weight: RELEVANCE.itemWeights.title },
    { text: client, weight: RELEVANCE.itemWeights.story },
    ...(item.skills ?? []).map((skill) => ({ text: skill, weight: RELEVANCE.itemWeights.skill })),
    { text: [item.problem, item.approach, item.result].join('\n'), weight: RELEVANCE.itemWeights.story },
  ]);
}

const label = (kind: string): string => workKind(kind)?.label ?? kind;

/** How well the item's kinds fit the query's kind, and the reason in words. */
function kindFit(kinds: readonly KindScore[], { domain, leaning }: QueryEvidence): { fit: number; reason: string } {
  const main = kinds[0];
  if (domain === null && leaning !== null && main?.kind === leaning) {
    return { fit: RELEVANCE.kindFit.leaning, reason: `probably the same kind of work: ${label(leaning)}` };
  }
  if (domain === null) return { fit: RELEVANCE.kindFit.unclear, reason: "the post's kind of work is unclear" };
  if (main === undefined) return { fit: 0, reason: "the item's kind of work is unclear" };
  if (main.kind === domain) return { fit: RELEVANCE.kindFit.same, reason: `same kind of work: ${label(domain)}` };
  if (kindsRelated(main.kind, domain)) return { fit: RELEVANCE.kindFit.related, reason: `related work: ${label(main.kind)} for a ${label(domain)} job` };
  return { fit: 0, reason: `different kind of work: ${label(main.kind)}, not ${label(domain)}` };
}

/** How much a shared stem counts, by the most prominent place the query says it. */
function placementWeight(query: QueryEvidence, stem: string): number {
  let best = 0;
  for (const at of query.positions.get(stem) ?? []) {
    const weight = at < query.titleEnd ? RELEVANCE.placement.title : at >= query.bodyStart ? RELEVANCE.placement.body : RELEVANCE.placement.tags;
    best = Math.max(best, weight);
  }
  return best;
}

/**
 * The item's relevance to the query from its kinds and the stems it shares (`shared`, keyed as the
 * query's stems; multi-word terms are one stem); `words` are the shared words as the post wrote them.
 */
export function judgeRelevance({ kinds, skillKinds }: ItemKinds, shared: ReadonlySet<string>, words: readonly string[], query: QueryEvidence): Relevance {
  // Work of the same kind done with other tools of that kind is not proof for a job about this tool
  // ("Intercom setup"); an item that names no tool of the kind (a testimonial) and work of a related
  // kind (GA4 tracking behind a Looker dashboard) are judged by their kind and words.
  const otherTools = query.domain !== null && kinds[0]?.kind === query.domain && skillKinds.includes(query.domain);
  if (otherTools && query.object !== null && !query.object.stems.every((value) => shared.has(value))) {
    return { relevance: 0, reasons: [`does not show ${query.object.name}, the tool the job is about`], strength: 0 };
  }
  const { fit, reason } = kindFit(kinds, query);
  // Work of a related kind must meet the job in what the client wrote: a word shared only with the
  // skill tags ("Data Analysis" tagged on a Looker report job) does not carry a related item.
  const related = fit === RELEVANCE.kindFit.related;
  let strength = 0;
  for (const stem of shared) {
    const weight = placementWeight(query, stem);
    if (!related || weight > RELEVANCE.placement.tags) strength += weight;
  }
  // Work of the same kind described in the same terms ("analysis", "cohorts") says more than the kind alone.
  if (kinds[0] !== undefined && kinds[0].kind === (query.domain ?? query.leaning))
    strength += RELEVANCE.sharedCue * (kinds[0]?.cues.filter((cue) => query.cues.has(cue)).length ?? 0);
  const relevance = Math.round(fit * Math.min(1, strength) * 100) / 100;
  const reasons = [reason, ...(words.length > 0 ? [`shares: ${words.join(', ')}`] : [])];
  return { relevance, reasons, strength };
}
