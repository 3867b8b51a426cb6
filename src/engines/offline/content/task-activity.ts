/**
 * The schema of content/task-activities.json: activities that decide a task's AI exposure by
 * themselves, whatever they are done to. The task pattern table is keyed mostly by objects
 * ("spreadsheet", "KPIs", "website"); a task names its activity first and its object after
 * ("Formatting spreadsheets", "Running workshops to agree KPIs"), and the activity is what the
 * client pays for, so an activity named no later than the table's match wins over it (see
 * classify-task.ts). Only explicit activities belong here: verbs and phrases that mean the same
 * kind of work whatever follows them.
 */
import { z } from 'zod';
import { AiExposureLevel } from '../../../domain/schemas.ts';
import { PatternSource, uniqueBy } from './pattern-source.ts';

const ActivityRow = z.strictObject({
  id: z.string().min(1),
  level: AiExposureLevel,
  /** A key of `reasons`: several activities share one explanation. */
  reason: z.string().min(1),
  test: PatternSource,
  /** The task pattern row that describes this activity, when there is one; its reason and frame are used. */
  patternId: z.string().min(1).nullable(),
  /** Why the pattern is shaped as it is, for the people editing the file. */
  note: z.string().optional(),
});

/** One activity with its reason resolved from the file's `reasons`. */
export interface TaskActivity {
  id: string;
  level: AiExposureLevel;
  test: RegExp;
  reason: string;
  patternId: string | null;
}

export const TaskActivityTable = z
  .strictObject({
    reasons: z.record(z.string(), z.string().min(1)),
    activities: z.array(ActivityRow).min(1).superRefine(uniqueBy((row) => row.id, 'activity id')),
  })
  .superRefine((file, ctx) => {
    file.activities.forEach((row, index) => {
      if (!(row.reason in file.reasons)) {
        ctx.addIssue({ code: 'custom', path: ['activities', index, 'reason'], message: `no reason "${row.reason}" in reasons` });
      }
    });
  })
  .transform((file): TaskActivity[] =>
    file.activities.map(({ id, level, test, reason, patternId }) => ({ id, level, test, reason: file.reasons[reason] ?? '', patternId })),
  );
export type TaskActivityTable = z.output<typeof TaskActivityTable>;
