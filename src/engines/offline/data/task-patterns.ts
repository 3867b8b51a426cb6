/**
 * The offline engine's table of task patterns, gathered from one file per field of work under
 * offer/patterns/. The rewrite, the audit and triage all read this table: a new kind of task is a
 * new row, not new code. When several rows match, the longest matching trigger wins and ties go to
 * the earlier row, so the order below only matters between equally long matches.
 */
import type { TaskPattern } from '../offer/task-pattern.ts';
import { DATA_PATTERNS } from '../offer/patterns/data.ts';
import { DESIGN_PATTERNS } from '../offer/patterns/design.ts';
import { LANGUAGE_PATTERNS } from '../offer/patterns/language.ts';
import { MARKETING_PATTERNS } from '../offer/patterns/marketing.ts';
import { OPERATIONS_PATTERNS } from '../offer/patterns/operations.ts';
import { SOFTWARE_PATTERNS } from '../offer/patterns/software.ts';
import { WEB_PATTERNS } from '../offer/patterns/web.ts';
import { WRITING_PATTERNS } from '../offer/patterns/writing.ts';

export type { TaskPattern } from '../offer/task-pattern.ts';

export const TASK_PATTERNS: readonly TaskPattern[] = [
  ...SOFTWARE_PATTERNS,
  ...DATA_PATTERNS,
  ...MARKETING_PATTERNS,
  ...WRITING_PATTERNS,
  ...LANGUAGE_PATTERNS,
  ...DESIGN_PATTERNS,
  ...WEB_PATTERNS,
  ...OPERATIONS_PATTERNS,
];

/** Looks a row up by id; null when no row has it. */
export function getTaskPattern(id: string): TaskPattern | null {
  return TASK_PATTERNS.find((pattern) => pattern.id === id) ?? null;
}
