/**
 * Labels a task by how exposed it is to AI, from the task pattern table, falling back to keyword
 * heuristics for tasks the table does not know. The task text is untrusted data: it is matched,
 * never obeyed.
 */
import type { AiExposureLevel } from '../../core/schemas.ts';
import { TASK_PATTERNS } from './data/task-patterns.ts';
import type { TaskPattern } from './offer/task-pattern.ts';

export interface TaskClassification {
  level: AiExposureLevel;
  reason: string;
  /** The id of the matching row in the task pattern table; null when a heuristic or the default decided. */
  patternId: string | null;
}

/** Long inputs are cut before matching so a pasted essay cannot make matching slow. */
const MAX_MATCH_CHARS = 2000;

function longestMatch(text: string, patterns: readonly TaskPattern[]): TaskPattern | null {
  let best: TaskPattern | null = null;
  let bestLength = 0;
  for (const pattern of patterns) {
    for (const trigger of pattern.triggers) {
      const match = trigger.exec(text);
      if (match !== null && match[0].length > bestLength) {
        best = pattern;
        bestLength = match[0].length;
      }
    }
  }
  return best;
}

/**
 * Finds the pattern for a task: the row whose trigger matches the longest stretch of the text, the
 * earlier row winning a tie (a trigger like "SEO audit" beats a bare "SEO"). Narrow views of the
 * text are tried first: the first line before " for " (the task, without the client it is for:
 * "SEO audit for an online shop"), then the whole first line (an offer, a job title), then all of
 * it, since later lines mention many things in passing.
 */
export function findTaskPattern(
  text: string,
  patterns: readonly TaskPattern[] = TASK_PATTERNS,
): TaskPattern | null {
  const haystack = text.slice(0, MAX_MATCH_CHARS);
  const firstLine = haystack.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const head = firstLine.split(/\s+for\s+/i)[0] ?? firstLine;
  return longestMatch(head, patterns) ?? longestMatch(firstLine, patterns) ?? longestMatch(haystack, patterns);
}

interface Heuristic {
  level: AiExposureLevel;
  test: RegExp;
  reason: string;
}

/** Checked in order: judgement and physical work outrank mechanical words in the same task. */
const HEURISTICS: readonly Heuristic[] = [
  {
    level: 'human_critical',
    test: /\b(?:judg(?:e?ment|ing)|strateg\w*|stakeholders?|regulat\w*|complian\w*|legal|negotiat\w*|consult\w*|advis\w*|coach\w*|mentor\w*|interview\w*|workshops?|leadership|audit\w*|licen[cs]ed|medical|therap\w*|tutor\w*|teach\w*|instructor|spokes\w*)\b/i,
    reason:
      'Not in the task table, but it calls for judgement, accountability or trust between people, which the client cannot hand to an AI tool.',
  },
  {
    level: 'human_critical',
    test: /\b(?:on[- ]?site|in[- ]person|walk\w*|driv(?:e|ing)|deliver(?:y|ies|ing)|install\w*|repair\w*|plumb\w*|electric\w*|garden\w*|babysit\w*|pets?|dogs?|cats?|cook\w*|cater\w*|moving|photograph\w*|film(?:ing)?)\b/i,
    reason:
      'Not in the task table, but it is done in the physical world or in person, where software cannot stand in for the worker.',
  },
  {
    level: 'automatable',
    test: /\b(?:data\s+entry|entry|enter(?:ing)?|typ(?:e|ing)|transcrib\w*|format(?:ting)?|convert\w*|conversion|copy(?:ing)?(?!\s*writ)|paste|resiz\w*|renam\w*|upload\w*|tagg?ing|sort(?:ing)?)\b/i,
    reason:
      'Not in the task table, but it is mechanical work (moving, typing or reformatting information) that tools and scripts already do with little oversight.',
  },
];

const DEFAULT_REASON =
  'Not recognised by the task table: treated as AI-assisted, since tools now speed up most desk work while a person still owns the result. Review this label.';

/**
 * Labels a task automatable, ai_assisted or human_critical with the reason, from the pattern table,
 * else keyword heuristics, else ai_assisted with a reason saying the task was not recognised.
 */
export function classifyTask(text: string): TaskClassification {
  const pattern = findTaskPattern(text);
  if (pattern !== null) return { level: pattern.level, reason: pattern.reason, patternId: pattern.id };
  const haystack = text.slice(0, MAX_MATCH_CHARS);
  for (const heuristic of HEURISTICS) {
    if (heuristic.test.test(haystack)) {
      return { level: heuristic.level, reason: heuristic.reason, patternId: null };
    }
  }
  return { level: 'ai_assisted', reason: DEFAULT_REASON, patternId: null };
}
