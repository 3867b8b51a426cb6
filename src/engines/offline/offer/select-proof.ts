/**
 * Picks the proof an offer may cite: only items whose skills or title name the kind of work the
 * offer sells, so an offer never leans on unrelated work because retrieval ranked it first.
 */
import type { RankedProof } from '../../../domain/ports.ts';
import type { Metric, ProofItem } from '../../../domain/schemas.ts';
import { termStems } from '../../../text/terms.ts';
import { hasTerm } from '../../../text/text.ts';
import { hasDigits, scrubTerms } from './plain-words.ts';

/** Offers cite little: one or two pieces of relevant proof persuade more than a list. */
const MAX_CITED = 2;

function describes(item: ProofItem): string {
  return [...item.skills, item.title].join('\n');
}

/** True when the item's skills or title name one of the pattern's skill phrases. */
function matchesSkills(item: ProofItem, skills: readonly string[]): boolean {
  const haystack = describes(item);
  return skills.some((skill) => skill.trim() !== '' && hasTerm(haystack, skill));
}

/** True when the item's skills or title share a word stem with the task's own words. */
function matchesWords(item: ProofItem, taskText: string): boolean {
  const task = termStems(taskText);
  if (task.size === 0) return false;
  return [...termStems(describes(item))].some((stem) => task.has(stem));
}

/**
 * The proof to cite, best first as retrieval ranked it: items matching the pattern's skills, or,
 * for a task the table does not know (`skills` empty), items sharing words with the task text.
 */
export function selectProof(proof: readonly RankedProof[], skills: readonly string[], taskText: string): ProofItem[] {
  const matching = proof.map((ranked) => ranked.item).filter((item) => (skills.length > 0 ? matchesSkills(item, skills) : matchesWords(item, taskText)));
  return matching.slice(0, MAX_CITED);
}

/**
 * The first metric of the cited proof that can be quoted as it stands: a figure in its value, no
 * figure in its label (a label's number would be a claim no metric backs), nothing banned in either.
 */
export function quotableMetric(items: readonly ProofItem[], banned: readonly string[]): Metric | null {
  for (const item of items) {
    for (const metric of item.metrics) {
      const label = metric.label.trim();
      const value = metric.value.trim();
      if (!hasDigits(value) || hasDigits(label) || label === '') continue;
      if (scrubTerms(label, banned) !== label || scrubTerms(value, banned) !== value) continue;
      return { label, value };
    }
  }
  return null;
}
