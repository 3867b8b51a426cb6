/**
 * The offline engine's positioning: a headline led by the chosen service's outcome (the first clause
 * of its outcome-led offer), then one figure from the backing proof's own metrics and the skills that
 * proof shows; a micro-niche naming the service and the kind of client the proof served. Nothing is
 * invented: without a metric the headline carries no figure, without a client type the niche is the
 * profile's own.
 */
import type { PositioningContext } from '../../../domain/ports.ts';
import type { PositioningDraft } from '../../../domain/positioning.ts';
import type { ProofItem } from '../../../domain/schemas.ts';
import { audienceOf } from './audience.ts';
import { headlineFigure } from './headline-figure.ts';

const MAX_TASK_IN_NICHE = 60;

/** "Figures you can trust when you set the budget: tracking that ..." -> "Figures you can trust when you set the budget". */
function outcomeClause(offerHeadline: string): string {
  return (offerHeadline.split(':')[0] ?? offerHeadline).trim();
}

/**
 * The skill to name: one the profile lists and the proof shows, preferring one the service or the
 * proof's title names ("Shopify" for a Shopify checkout fix), so the headline stays searchable.
 */
function provenSkill(context: PositioningContext): string | null {
  const shown = new Set(context.proof.flatMap((item) => item.skills.map((skill) => skill.toLowerCase())));
  const held = context.profile.skills.filter((skill) => shown.has(skill.toLowerCase()));
  const named = `${context.service.task} ${context.proof.map((item) => item.title).join(' ')}`.toLowerCase();
  return held.find((skill) => named.includes(skill.toLowerCase())) ?? held[0] ?? null;
}

/** What the proof item did, without whom it was for: "Checkout drop-off fix for a ... store" -> "Checkout drop-off fix". */
function workOf(item: ProofItem): string | null {
  const what = (item.title.split(/\s+for\s+/i)[0] ?? '').replace(/[:.]+$/, '').trim();
  return what !== '' && what !== item.title && what.length <= MAX_TASK_IN_NICHE ? what : null;
}

/** The niche: the proof's kind of work for the audience it served, else the profile's niche, else the service. */
function chooseNiche(context: PositioningContext, first: ProofItem | undefined): { niche: string; from: ProofItem | null } {
  const ordered = first === undefined ? context.proof : [first, ...context.proof.filter((item) => item !== first)];
  for (const item of ordered) {
    const audience = audienceOf(item.clientType);
    const work = workOf(item) ?? (context.service.task.length <= MAX_TASK_IN_NICHE ? context.service.task : null);
    if (audience !== null && work !== null) return { niche: `${work} for ${audience}`, from: item };
  }
  return { niche: context.profile.niche.trim() || context.service.task.slice(0, MAX_TASK_IN_NICHE), from: null };
}

/** Suggests the headline and micro-niche from the chosen service and the proof behind it. */
export function suggestPositioning(context: PositioningContext): PositioningDraft {
  const clause = outcomeClause(context.service.offer.headline);
  const figure = headlineFigure(context.proof);
  const skill = provenSkill(context);
  const parts = [clause, figure?.text, skill ?? (context.profile.niche.trim() || undefined)];
  const headline = parts.filter((part): part is string => part !== undefined && part !== '').join(' | ');
  const { niche, from } = chooseNiche(context, figure?.item);
  const task = `"${context.service.task}"`;
  const reasons = [
    figure === null
      ? `The headline leads with what buyers of ${task} get; no proof behind it has a metric, so it quotes no figure.`
      : `The headline leads with what buyers of ${task} get, and quotes the metric "${figure.metric.label}: ${figure.metric.value}" of ${figure.item.id}.`,
    from === null
      ? 'No backing proof names a kind of client, so the niche stays your own.'
      : `The niche narrows to the kind of client ${from.id} served (${from.clientType}).`,
  ];
  const used = [figure?.item, from].filter((item): item is ProofItem => item !== undefined && item !== null).map((item) => item.id);
  return { headline, niche, rationale: reasons.join(' '), proof: [...new Set(used)] };
}
