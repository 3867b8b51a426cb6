/**
 * The schema of content/task-heuristics.json: the fallback for tasks neither the task pattern
 * table nor the activity list recognises. Heuristics are tried in file order (judgement and
 * physical work outrank mechanical words in the same task); when none matches, the task is
 * labelled AI-assisted with `unrecognisedReason`, which asks the user to review the label.
 */
import { z } from 'zod';
import { AiExposureLevel } from '../../../domain/schemas.ts';
import { PatternSource } from './pattern-source.ts';

const TaskHeuristic = z.strictObject({
  level: AiExposureLevel,
  test: PatternSource,
  reason: z.string().min(1),
});

export const TaskHeuristicTable = z.strictObject({
  heuristics: z.array(TaskHeuristic).min(1),
  unrecognisedReason: z.string().min(1),
});
export type TaskHeuristicTable = z.output<typeof TaskHeuristicTable>;
