/**
 * Chooses the domain pattern (content/insights.json) for a post. Only entries for the post's main
 * deliverable's kind of work compete (parse/deliverable.ts decides it), so an incidental word never
 * drags in another trade's insight; among them, trigger words decide: a trigger in the title counts
 * most, then in the skills, then in the description. With the kind unknown, or no entry for it, the
 * generic entry is used: a plain opening beats a confident wrong one.
 */
import type { Insight } from '../content/insight.ts';
import { offlineContent } from '../content/load-content.ts';
import { words } from '../../../text/text.ts';
import { findSurface } from './post-text.ts';
import { wordRuns } from './word-index.ts';
import type { PostText } from './post-text.ts';

export interface InsightMatch {
  insight: Insight;
  /** The matched triggers as the post spells them, strongest first; empty for the generic insight. */
  surfaces: string[];
  score: number;
}

const TITLE_WEIGHT = 6;
const SKILL_WEIGHT = 2;
const DESCRIPTION_WEIGHT = 1;
const TITLE_BONUS = 4;
// One passing mention in a long description is not enough to claim the domain; without a title,
// a bare description's one mention is the best evidence there is.
const MIN_SCORE = 2;
const MIN_SCORE_UNTITLED = 1;

interface TriggerHit {
  surface: string;
  weight: number;
  inTitle: boolean;
}

interface CompiledTrigger {
  trigger: string;
  multiWord: boolean;
  /** The trigger's words joined by spaces, with plural forms of the last word. */
  keys: readonly string[];
}

function keysOf(trigger: string): string[] {
  const list = words(trigger);
  const head = list.slice(0, -1);
  const last = list[list.length - 1] ?? '';
  return [last, `${last}s`, `${last}es`].map((end) => [...head, end].join(' '));
}

type CompiledInsight = { insight: Insight; triggers: readonly CompiledTrigger[] };

let compiled: { from: readonly Insight[]; entries: readonly CompiledInsight[] } | null = null;

// Built once per table: matching runs every trigger of every entry against each post.
function compiledInsights(): readonly CompiledInsight[] {
  const { insights } = offlineContent().insights;
  if (compiled?.from !== insights) {
    const entries = insights.map((insight) => ({
      insight,
      triggers: insight.triggers.map((trigger) => ({ trigger, multiWord: words(trigger).length > 1, keys: keysOf(trigger) })),
    }));
    compiled = { from: insights, entries };
  }
  return compiled.entries;
}

interface Field {
  text: string;
  folded: string;
  grams: Set<string>;
}

function field(text: string, folded: string): Field {
  return { text, folded, grams: wordRuns(folded) };
}

function surfaceIn(fields: readonly Field[], trigger: CompiledTrigger): string | null {
  for (const f of fields) {
    if (!trigger.keys.some((key) => f.grams.has(key))) continue;
    // The word index found it; the exact search recovers the spelling (and rejects "UI UX" for "UI/UX").
    const surface = findSurface(f.text, trigger.trigger, f.folded, true);
    if (surface !== null) return surface;
  }
  return null;
}

interface Fields {
  title: Field[];
  skills: Field[];
  body: Field[];
}

function scoreTrigger(trigger: CompiledTrigger, fields: Fields, forbidden: ReadonlySet<string>): TriggerHit | null {
  const inTitle = surfaceIn(fields.title, trigger);
  const inSkills = surfaceIn(fields.skills, trigger);
  const inBody = surfaceIn(fields.body, trigger);
  const surface = inTitle ?? inSkills ?? inBody;
  if (surface === null) return null;
  if (surface.split(/\s+/).some((w) => forbidden.has(w.toLowerCase()))) return null;
  // Multi-word triggers are more specific than single words, so they weigh a little more.
  const specificity = trigger.multiWord ? 1 : 0;
  const weight = (inTitle ? TITLE_WEIGHT : 0) + (inSkills ? SKILL_WEIGHT : 0) + (inBody ? DESCRIPTION_WEIGHT : 0) + specificity;
  return { surface, weight, inTitle: inTitle !== null };
}

// "UI/UX" also matches "UI" and "UX": count overlapping triggers once, as the longest one, unless the
// shorter one weighs more ("Distribution" in the title, "content distribution" only in the body).
function distinctHits(hits: TriggerHit[]): TriggerHit[] {
  const kept: TriggerHit[] = [];
  const byLength = [...hits].sort((a, b) => b.surface.length - a.surface.length);
  for (const hit of byLength) {
    const key = hit.surface.toLowerCase();
    const cover = kept.findIndex((k) => k.surface.toLowerCase().includes(key));
    if (cover === -1) kept.push(hit);
    else if (hit.weight > (kept[cover] as TriggerHit).weight) kept[cover] = hit;
  }
  return kept.sort((a, b) => b.weight - a.weight);
}

/**
 * The best matching insight among the entries for `kind` (a work-kind id, or null when the post's
 * kind of work is unclear). With no trigger found, the kind's default entry (the first listing it
 * first) still speaks to the right trade; with no entry for the kind, the generic one.
 */
export function pickInsight(text: PostText, kind: string | null): InsightMatch {
  const { generic } = offlineContent().insights;
  const none: InsightMatch = { insight: generic, surfaces: [], score: 0 };
  if (kind === null) return none;
  const candidates = compiledInsights().filter(({ insight }) => insight.kinds.includes(kind));
  const fallback = candidates.find(({ insight }) => insight.kinds[0] === kind) ?? candidates[0];
  let best: InsightMatch = fallback === undefined ? none : { insight: fallback.insight, surfaces: [], score: 0 };
  const { folded } = text;
  const fields: Fields = {
    title: [field(text.title, folded.title)],
    skills: text.skills.map((skill, i) => field(skill, folded.skills[i] ?? '')),
    body: [field(text.description, folded.description)],
  };
  for (const { insight, triggers } of candidates) {
    const hits = distinctHits(triggers.map((trigger) => scoreTrigger(trigger, fields, text.forbidden)).filter((hit): hit is TriggerHit => hit !== null));
    // The title says what the job is; skills are often tagged loosely, so a title hit earns a bonus.
    const titled = hits.some((hit) => hit.inTitle) ? TITLE_BONUS : 0;
    const score = (hits.reduce((sum, hit) => sum + hit.weight, 0) + titled) * (insight.weight ?? 1);
    if (score > best.score) {
      const surfaces = [...new Set(hits.map((hit) => hit.surface))];
      best = { insight, surfaces, score };
    }
  }
  const min = text.title.trim().length > 0 ? MIN_SCORE : MIN_SCORE_UNTITLED;
  if (best.score >= min || fallback === undefined) return best;
  return { insight: fallback.insight, surfaces: [], score: 0 };
}
