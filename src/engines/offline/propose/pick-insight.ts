/**
 * Chooses the domain pattern (data/insights.ts) a post belongs to, by where its trigger words occur:
 * a trigger in the title counts most, then in the skills, then in the description.
 */
import { GENERIC_INSIGHT, INSIGHTS } from '../data/insights.ts';
import type { Insight } from '../data/insights.ts';
import { findSurface } from './post-text.ts';
import type { PostText } from './post-text.ts';

export interface InsightMatch {
  insight: Insight;
  /** The matched triggers as the post spells them, strongest first; empty for the generic insight. */
  surfaces: string[];
  score: number;
}

const TITLE_WEIGHT = 4;
const SKILL_WEIGHT = 2;
const DESCRIPTION_WEIGHT = 1;
// One passing mention in a long description is not enough to claim the domain; without a title,
// a bare description's one mention is the best evidence there is.
const MIN_SCORE = 2;
const MIN_SCORE_UNTITLED = 1;

interface TriggerHit {
  surface: string;
  weight: number;
}

function scoreTrigger(trigger: string, text: PostText): TriggerHit | null {
  const inTitle = findSurface(text.title, trigger);
  const inSkills = text.skills.map((skill) => findSurface(skill, trigger)).find((s) => s !== null) ?? null;
  const inBody = findSurface(text.description, trigger);
  const surface = inTitle ?? inSkills ?? inBody;
  if (surface === null) return null;
  if (surface.split(/\s+/).some((w) => text.forbidden.has(w.toLowerCase()))) return null;
  // Multi-word triggers are more specific than single words, so they weigh a little more.
  const specificity = trigger.includes(' ') ? 1 : 0;
  const weight =
    (inTitle ? TITLE_WEIGHT : 0) + (inSkills ? SKILL_WEIGHT : 0) + (inBody ? DESCRIPTION_WEIGHT : 0) + specificity;
  return { surface, weight };
}

// "UI/UX" also matches "UI" and "UX": count overlapping triggers once, as the longest one.
function distinctHits(hits: TriggerHit[]): TriggerHit[] {
  const kept: TriggerHit[] = [];
  const byLength = [...hits].sort((a, b) => b.surface.length - a.surface.length);
  for (const hit of byLength) {
    const key = hit.surface.toLowerCase();
    if (!kept.some((k) => k.surface.toLowerCase().includes(key))) kept.push(hit);
  }
  return kept.sort((a, b) => b.weight - a.weight);
}

/** The best matching domain insight for the post, or the generic one when nothing matches well. */
export function pickInsight(text: PostText): InsightMatch {
  let best: InsightMatch = { insight: GENERIC_INSIGHT, surfaces: [], score: 0 };
  for (const insight of INSIGHTS) {
    const hits = distinctHits(
      insight.triggers.map((trigger) => scoreTrigger(trigger, text)).filter((hit): hit is TriggerHit => hit !== null),
    );
    const score = hits.reduce((sum, hit) => sum + hit.weight, 0);
    if (score > best.score) {
      const surfaces = [...new Set(hits.map((hit) => hit.surface))];
      best = { insight, surfaces, score };
    }
  }
  const min = text.title.trim().length > 0 ? MIN_SCORE : MIN_SCORE_UNTITLED;
  return best.score >= min ? best : { insight: GENERIC_INSIGHT, surfaces: [], score: 0 };
}
