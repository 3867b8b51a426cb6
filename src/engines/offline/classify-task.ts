/**
 * Labels a task by how exposed it is to AI, from the task pattern table, falling back to keyword
 * heuristics for tasks the table does not know (all three in content/). The task text is untrusted data: it is matched,
 * never obeyed.
 */
import type { AiExposureLevel } from '../../domain/schemas.ts';
import { offlineContent } from './content/load-content.ts';
import type { TaskActivity } from './content/task-activity.ts';
import type { TaskPattern } from './content/task-pattern.ts';

export interface TaskClassification {
  level: AiExposureLevel;
  reason: string;
  /** The id of the matching row in the task pattern table; null when a heuristic or the default decided. */
  patternId: string | null;
}

/** Long inputs are cut before matching so a pasted essay cannot make matching slow. */
const MAX_MATCH_CHARS = 2000;

interface PatternMatch {
  pattern: TaskPattern;
  index: number;
}

function longestMatch(text: string, patterns: readonly TaskPattern[]): PatternMatch | null {
  let best: PatternMatch | null = null;
  let bestLength = 0;
  for (const pattern of patterns) {
    for (const trigger of pattern.triggers) {
      const match = trigger.exec(text);
      if (match !== null && match[0].length > bestLength) {
        best = { pattern, index: match.index };
        bestLength = match[0].length;
      }
    }
  }
  return best;
}

interface ActivityMatch {
  activity: TaskActivity;
  index: number;
}

/** The activity the text names first, or null when it names none from content/task-activities.json. */
function leadActivity(text: string): ActivityMatch | null {
  let best: ActivityMatch | null = null;
  for (const activity of offlineContent().taskActivities) {
    const match = activity.test.exec(text);
    if (match !== null && (best === null || match.index < best.index)) best = { activity, index: match.index };
  }
  return best;
}

interface Reading {
  pattern: TaskPattern | null;
  activity: TaskActivity | null;
}

/**
 * How one view of the text reads: an explicit activity named no later than the table's match wins
 * ("Formatting spreadsheets" is formatting, not spreadsheet modelling), else the table's match.
 */
function readView(text: string, patterns: readonly TaskPattern[], withActivities: boolean): Reading | null {
  const match = longestMatch(text, patterns);
  const lead = withActivities ? leadActivity(text) : null;
  if (lead !== null && (match === null || lead.index <= match.index)) {
    const { patternId } = lead.activity;
    const pattern = patternId === null ? null : (patterns.find((row) => row.id === patternId) ?? null);
    return { pattern, activity: lead.activity };
  }
  return match === null ? null : { pattern: match.pattern, activity: null };
}

/**
 * Reads a task: narrow views of the text first, the first line before " for " (the task, without
 * the client it is for: "SEO audit for an online shop"), then the whole first line (an offer, a job
 * title), then all of it, since later lines mention many things in passing. Activities count only
 * in the first line, where the task is named; in the rest they are usually incidental.
 */
function readTask(text: string, patterns: readonly TaskPattern[]): Reading | null {
  const haystack = text.slice(0, MAX_MATCH_CHARS);
  const firstLine = haystack.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const head = firstLine.split(/\s+for\s+/i)[0] ?? firstLine;
  return readView(head, patterns, true) ?? readView(firstLine, patterns, true) ?? readView(haystack, patterns, false);
}

/**
 * Finds the pattern for a task: the row whose trigger matches the longest stretch of the text, the
 * earlier row winning a tie (a trigger like "SEO audit" beats a bare "SEO"), unless the task names
 * an explicit activity first (content/task-activities.json): then the activity's own row, or null when
 * it has none, since the object the table matched is incidental. See readTask for the views tried.
 */
export function findTaskPattern(text: string, patterns: readonly TaskPattern[] = offlineContent().taskPatterns): TaskPattern | null {
  return readTask(text, patterns)?.pattern ?? null;
}

/**
 * Labels a task automatable, ai_assisted or human_critical with the reason, from the activity it
 * names first or the pattern table (see findTaskPattern), else keyword heuristics, else ai_assisted with a reason saying the task was not recognised.
 */
export function classifyTask(text: string): TaskClassification {
  const { taskPatterns, taskHeuristics } = offlineContent();
  const reading = readTask(text, taskPatterns);
  const pattern = reading?.pattern ?? null;
  if (pattern !== null) return { level: pattern.level, reason: pattern.reason, patternId: pattern.id };
  if (reading?.activity) return { level: reading.activity.level, reason: reading.activity.reason, patternId: null };
  const haystack = text.slice(0, MAX_MATCH_CHARS);
  // Judgement and physical work outrank mechanical words in the same task: the file orders them so.
  for (const heuristic of taskHeuristics.heuristics) {
    if (heuristic.test.test(haystack)) {
      return { level: heuristic.level, reason: heuristic.reason, patternId: null };
    }
  }
  return { level: 'ai_assisted', reason: taskHeuristics.unrecognisedReason, patternId: null };
}
