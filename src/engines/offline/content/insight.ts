/**
 * The schema of content/insights.json: for each kind of job, the words that recognise it and the
 * things a client in that domain rarely states but usually needs to hear.
 *
 * Wording rules for every entry (the proposal rubric checks drafts built from them, and
 * test/engines/offline/propose/insights-data.test.ts checks the file):
 * - no digits, prices, rates, durations or deadlines (numbers may only come from the post or proof);
 * - no words from the AI-tell, self-praise or guarantee lists in src/text/vocabulary.ts;
 * - no "?" outside `question`, which holds exactly one, at its end;
 * - no lists of three items (the rubric reads them as padding), no dashes used as punctuation;
 * - each `insight` is a clause that follows "On your <subject>, " (lower-case start, under 100 characters);
 * - `cause` is a noun phrase that follows "the bottleneck is likely";
 * - `approach` is a verb phrase that follows "I would";
 * - `firstStep` is a noun phrase naming a small, checkable deliverable;
 * - `question` contains `{term}`, filled with the trigger word as the post wrote it, so it reads as a
 *   modifier ("the {term} setup"); triggers are therefore nouns, never verbs or adjectives.
 */
import { z } from 'zod';
import { uniqueBy } from './pattern-source.ts';

// Each phrased field has two or more wordings; a draft picks one by a hash of the post.
const Wordings = z.array(z.string().min(1)).min(2);

export const Insight = z.strictObject({
  id: z.string().min(1),
  /** Lower-case words or phrases, matched as whole words; a trailing "s" or "es" also matches. */
  triggers: z.array(z.string().min(1)),
  /**
   * How much a trigger hit counts, default 1. Entries about a specific problem (checkout drop-off,
   * slow pages) weigh more than entries about a platform, so "Shopify checkout" reads as checkout work.
   */
  weight: z.number().positive().optional(),
  /** What the work is about, appended when the post's own phrase is a bare modifier ("Shopify" -> "Shopify store"). */
  noun: z.string().min(1),
  insight: Wordings,
  cause: Wordings,
  consequence: Wordings,
  approach: z.string().min(1),
  firstStep: Wordings,
  scopeNote: z.string().min(1),
  question: Wordings,
});
export type Insight = z.output<typeof Insight>;

export const InsightTable = z.strictObject({
  /** Matched in order; a later entry wins only with a strictly higher score. */
  insights: z.array(Insight.extend({ triggers: z.array(z.string().min(1)).min(1) })).superRefine(uniqueBy((entry) => entry.id, 'insight id')),
  /** Used when no entry matches the post well enough; it has no triggers. */
  generic: Insight.extend({ triggers: z.array(z.string()).max(0) }),
  /** Closing questions that fit any domain, mixed in with the matched entry's own. */
  sharedQuestions: z.array(z.string().min(1)).min(1),
});
export type InsightTable = z.output<typeof InsightTable>;
