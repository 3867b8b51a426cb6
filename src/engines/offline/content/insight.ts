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
 * - `cause` is a noun phrase that follows "the bottleneck is likely"; `consequence` is written in pairs
 *   with it (same position), since the draft says the one after the other ("That means ...");
 * - `approach` is a verb phrase that follows "I would";
 * - `firstStep` is a noun phrase naming a small, checkable deliverable;
 * - `question` contains `{term}`, filled with the trigger word as the post wrote it, so it reads as a
 *   modifier ("the {term} setup"); triggers are therefore nouns, never verbs or adjectives.
 * - `kinds` names the kinds of work (src/text/work-kinds.json) the entry speaks to: an entry is only
 *   ever chosen for a post whose main deliverable is of one of them, so a social-media insight never
 *   reaches a sourcing job however many shared words they have.
 * - `setup` holds the wordings for a post about something that does not exist yet (a new account, a
 *   store not open): there is nothing to review, so the insight and first step must not assume there is.
 * - `role` holds the first step for a post that hires someone into an ongoing role (part-time hours,
 *   joining a team, training given): the first weeks, not a scope document.
 * - `customerFacing` holds the wordings for work the client's own customers will use (reports they
 *   open themselves): no internal meeting or team to ask, so the insight and question speak of them.
 */
import { z } from 'zod';
import { workKind } from '../../../text/work-kind.ts';
import { uniqueBy } from './pattern-source.ts';

// Each phrased field has two or more wordings; a draft picks one by a hash of the post.
const Wordings = z.array(z.string().min(1)).min(2);

const KindId = z.string().refine((id) => workKind(id) !== undefined, { error: (issue) => `unknown kind of work "${String(issue.input)}" (see src/text/work-kinds.json)` });

/** Wordings for a post about work that has not started: nothing exists yet to review or audit. */
const SetupWordings = z.strictObject({
  insight: Wordings,
  cause: Wordings.optional(),
  /** Paired with `cause` by position, as in the entry itself. */
  consequence: Wordings.optional(),
  approach: z.string().min(1).optional(),
  firstStep: Wordings,
  question: Wordings.optional(),
});

/** Wordings for work the client's customers use themselves, not the client's own team. */
const CustomerWordings = z.strictObject({
  insight: Wordings,
  firstStep: Wordings.optional(),
  question: Wordings.optional(),
});

/** Wordings for a post hiring someone into an ongoing role: there is no one-off project to scope. */
const RoleWordings = z.strictObject({
  firstStep: Wordings,
  question: Wordings.optional(),
});

export const Insight = z.strictObject({
  id: z.string().min(1),
  /** The kinds of work the entry speaks to; the first is the kind it is the default for. */
  kinds: z.array(KindId).min(1),
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
  scopeNote: Wordings,
  question: Wordings,
  setup: SetupWordings.optional(),
  customerFacing: CustomerWordings.optional(),
  role: RoleWordings.optional(),
});
export type Insight = z.output<typeof Insight>;

export const InsightTable = z.strictObject({
  /** Matched in order; a later entry wins only with a strictly higher score. */
  insights: z.array(Insight.extend({ triggers: z.array(z.string().min(1)).min(1) })).superRefine(uniqueBy((entry) => entry.id, 'insight id')),
  /** Used when the post's kind of work is unknown or has no entry; it has no triggers and no kinds. */
  generic: Insight.extend({ triggers: z.array(z.string()).max(0), kinds: z.array(KindId).max(0) }),
  /** Closing questions that fit any domain, mixed in with the matched entry's own. */
  sharedQuestions: z.array(z.string().min(1)).min(1),
});
export type InsightTable = z.output<typeof InsightTable>;
