/**
 * The shape of one row in the task pattern table (data/task-patterns.ts): how a task-shaped offer
 * is recognised, how exposed it is to AI, and the outcome frame it is repackaged into.
 *
 * Wording rules for every row (the offer rubric checks them): no digits or number words in
 * headline, outcome, before or after, because numbers there must come from cited proof; no promised
 * results; nothing from the AI-tell list. Only `countedDeliverable.counted` carries the count, through
 * `{count}` and `{unit}` ("Write 10 blog posts" -> 10, "blog posts").
 */
import type { AiExposureLevel, ValueLever } from '../../../domain/schemas.ts';

export interface TaskPattern {
  id: string;
  /** Case-insensitive triggers; the longest match across the table selects the pattern. */
  triggers: readonly RegExp[];
  /** Words that tie a proof item to this kind of work (matched against its skills and title). */
  skills: readonly string[];
  level: AiExposureLevel;
  reason: string;
  buyer: string;
  problem: string;
  before: string;
  after: string;
  outcome: string;
  valueLevers: readonly ValueLever[];
  /** The deliverable that carries the activity count when the offer states one. */
  countedDeliverable: { counted: string; uncounted: string };
  deliverables: readonly string[];
  inclusions: readonly string[];
  exclusions: readonly string[];
  acceptanceCriteria: readonly string[];
  headline: string;
  /** Advice for the audit: how to sell this task as an outcome instead. */
  repackage: string;
}
