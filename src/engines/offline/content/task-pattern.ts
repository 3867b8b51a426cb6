/**
 * The schema of content/task-patterns.json: how a task-shaped offer is recognised, how exposed it
 * is to AI, and the outcome frame it is repackaged into. The rewrite, the audit and triage all read
 * this table: a new kind of task is a new row, not new code.
 *
 * Wording rules for every row (the offer rubric checks them): no digits or number words in
 * headline, outcome, before or after, because numbers there must come from cited proof; no promised
 * results; nothing from the AI-tell list. Only `countedDeliverable.counted` carries the count, through
 * `{count}` and `{unit}` ("Write 10 blog posts" -> 10, "blog posts").
 */
import { z } from 'zod';
import { AiExposureLevel, ValueLever } from '../../../domain/schemas.ts';
import { PatternSource, uniqueBy } from './pattern-source.ts';

const Lines = z.array(z.string().min(1)).min(1);

export const TaskPattern = z.strictObject({
  id: z.string().min(1),
  /** Case-insensitive regular expressions; the longest match across the table selects the pattern. */
  triggers: z.array(PatternSource),
  /** Words that tie a proof item to this kind of work (matched against its skills and title). */
  skills: z.array(z.string().min(1)),
  level: AiExposureLevel,
  reason: z.string().min(1),
  buyer: z.string().min(1),
  problem: z.string().min(1),
  before: z.string().min(1),
  after: z.string().min(1),
  outcome: z.string().min(1),
  valueLevers: z.array(ValueLever).min(1),
  /** The deliverable that carries the activity count when the offer states one. */
  countedDeliverable: z.strictObject({ counted: z.string().min(1), uncounted: z.string().min(1) }),
  deliverables: Lines,
  inclusions: Lines,
  exclusions: Lines,
  acceptanceCriteria: Lines,
  headline: z.string().min(1),
  /** Advice for the audit: how to sell this task as an outcome instead. */
  repackage: z.string().min(1),
});
export type TaskPattern = z.output<typeof TaskPattern>;

const PatternGroup = z.strictObject({
  field: z.string().min(1),
  /** What the group covers, for the people editing the file. */
  about: z.string(),
  patterns: z.array(TaskPattern.extend({ triggers: z.array(PatternSource).min(1) })).min(1),
});

/**
 * Rows grouped by field of work, read in file order. When several rows match a task, the longest
 * matching trigger wins and ties go to the earlier row, so order only matters between equally long
 * matches.
 */
export const TaskPatternTable = z
  .strictObject({ fields: z.array(PatternGroup).min(1) })
  .transform((file) => file.fields.flatMap((group) => group.patterns))
  .superRefine(uniqueBy((pattern) => pattern.id, 'task pattern id'));
export type TaskPatternTable = z.output<typeof TaskPatternTable>;
