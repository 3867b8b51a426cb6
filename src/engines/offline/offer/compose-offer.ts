/**
 * Fills an outcome frame (a task pattern row or the generic frame) into an offer draft: the
 * activity count goes into the first deliverable, proof is cited only where it matches the work,
 * and every written field is cleared of banned words.
 */
import type { OfferDraft, RankedProof } from '../../../domain/ports.ts';
import type { Metric } from '../../../domain/schemas.ts';
import type { ActivityCount } from './extract-count.ts';
import { scrubTerms } from './plain-words.ts';
import { quotableMetric, selectProof } from './select-proof.ts';
import type { TaskPattern } from '../content/task-pattern.ts';

export interface ComposeInput {
  /** The user's offer text, kept as given. */
  input: string;
  frame: TaskPattern;
  count: ActivityCount | null;
  /** The task in the user's words, cleaned (see `taskPhrase`). */
  phrase: string;
  proof: readonly RankedProof[];
  /** Words no field may contain (see `bannedTerms`). */
  banned: readonly string[];
}

function countedDeliverable(frame: TaskPattern, count: ActivityCount | null): string {
  if (count === null) return frame.countedDeliverable.uncounted;
  return frame.countedDeliverable.counted.replace('{count}', String(count.count)).replace('{unit}', count.unit);
}

function withEvidence(outcome: string, metric: Metric | null): string {
  if (metric === null) return outcome;
  const label = metric.label.charAt(0).toLowerCase() + metric.label.slice(1);
  // Quoted as a past measurement, never as a forecast for this buyer.
  return `${outcome} For reference, comparable earlier work recorded ${label}: ${metric.value}.`;
}

function sameText(a: string, b: string): boolean {
  const flat = (text: string): string =>
    text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.!]+$/, '');
  return flat(a) === flat(b);
}

/**
 * The offer draft for one frame. Numbers reach the headline, outcome and after only through a
 * quoted metric of a cited proof item; the headline never repeats the input.
 */
export function composeOffer({ input, frame, count, phrase, proof, banned }: ComposeInput): OfferDraft {
  const cited = selectProof(proof, frame.skills, phrase);
  const clean = (text: string): string => scrubTerms(text, banned);
  const cleanList = (list: readonly string[]): string[] => list.map(clean).filter((item) => item !== '');
  let headline = clean(frame.headline);
  if (headline === '' || sameText(headline, input)) headline = `A checked result: ${phrase}`;
  return {
    input,
    headline,
    buyer: clean(frame.buyer),
    problem: clean(frame.problem),
    before: clean(frame.before),
    after: clean(frame.after),
    outcome: clean(withEvidence(frame.outcome, quotableMetric(cited, banned))),
    valueLevers: [...frame.valueLevers],
    deliverables: cleanList([countedDeliverable(frame, count), ...frame.deliverables]),
    inclusions: cleanList(frame.inclusions),
    exclusions: cleanList(frame.exclusions),
    acceptanceCriteria: cleanList(frame.acceptanceCriteria),
    proof: cited.map((item) => item.id),
  };
}
