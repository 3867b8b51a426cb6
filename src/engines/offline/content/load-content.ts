/**
 * Loads the offline engine's content files (the JSON beside this module), each through its zod
 * schema. Reading happens on the first call, never at import, and the result is cached: the files
 * ship with the package and do not change while it runs, so one read serves every request, and
 * the many small functions that read the tables need no extra parameter to thread it through.
 * createOfflineEngine() calls offlineContent() up front, so a broken file fails when the engine is
 * built, with the file and the field named, rather than in the middle of a request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { BidwrightError } from '../../../domain/errors.ts';
import { GenericFrame } from './generic-frame.ts';
import { InsightTable } from './insight.ts';
import { KnownSkillLists } from './known-skills.ts';
import { Labels } from './labels.ts';
import { Phrasing } from './phrasing.ts';
import { TaskActivityTable } from './task-activity.ts';
import { TaskHeuristicTable } from './task-heuristic.ts';
import { TaskPatternTable } from './task-pattern.ts';

/** The folder that holds the content files shipped with the package. */
export const CONTENT_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Every content file and the schema it must satisfy. */
export const CONTENT_FILES = {
  insights: { file: 'insights.json', schema: InsightTable },
  taskPatterns: { file: 'task-patterns.json', schema: TaskPatternTable },
  taskActivities: { file: 'task-activities.json', schema: TaskActivityTable },
  taskHeuristics: { file: 'task-heuristics.json', schema: TaskHeuristicTable },
  knownSkills: { file: 'known-skills.json', schema: KnownSkillLists },
  genericFrame: { file: 'generic-frame.json', schema: GenericFrame },
  labels: { file: 'labels.json', schema: Labels },
  phrasing: { file: 'phrasing.json', schema: Phrasing },
} as const;

type Files = typeof CONTENT_FILES;
export type OfflineContent = { readonly [K in keyof Files]: z.output<Files[K]['schema']> };

const MAX_ISSUES = 5;

/** Reads one content file and validates it, failing with the file and the zod path of each problem. */
export function loadContentFile<S extends z.ZodType>(dir: string, file: string, schema: S): z.output<S> {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BidwrightError('CONFIG', `offline content ${path}: cannot read it as JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `at ${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: ${issue.message}`);
  const more = parsed.error.issues.length > MAX_ISSUES ? `; and ${parsed.error.issues.length - MAX_ISSUES} more` : '';
  throw new BidwrightError('CONFIG', `offline content ${path} is malformed: ${problems.join('; ')}${more}`, {
    details: parsed.error.issues,
  });
}

// References between files cannot be checked by one file's schema.
function checkReferences(content: OfflineContent, dir: string): void {
  const patternIds = new Set(content.taskPatterns.map((pattern) => pattern.id));
  content.taskActivities.forEach((activity, index) => {
    if (activity.patternId !== null && !patternIds.has(activity.patternId)) {
      const path = join(dir, CONTENT_FILES.taskActivities.file);
      throw new BidwrightError(
        'CONFIG',
        `offline content ${path} is malformed: at activities.${index}.patternId: no task pattern "${activity.patternId}" in ${CONTENT_FILES.taskPatterns.file}`,
      );
    }
  });
}

// The tables are shared by every request in the process, so a caller that changed one would change
// it for all; frozen, such a bug throws where it happens. Compiled patterns stay as they are.
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || value instanceof RegExp || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

/** Reads and validates every content file in `dir` (default: the files shipped with the package), frozen. */
export function loadOfflineContent(dir: string = CONTENT_DIR): OfflineContent {
  const content = Object.fromEntries(
    Object.entries(CONTENT_FILES).map(([key, { file, schema }]) => [key, loadContentFile(dir, file, schema)]),
  ) as OfflineContent;
  checkReferences(content, dir);
  return deepFreeze(content);
}

let cached: OfflineContent | null = null;

/** The shipped content, read and validated on first use and kept for the life of the process. */
export function offlineContent(): OfflineContent {
  cached ??= loadOfflineContent();
  return cached;
}
