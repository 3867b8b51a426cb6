/**
 * Activities that decide a task's AI exposure by themselves, whatever they are done to. The task
 * pattern table is keyed mostly by objects ("spreadsheet", "KPIs", "website"); a task names its
 * activity first and its object after ("Formatting spreadsheets", "Running workshops to agree
 * KPIs"), and the activity is what the client pays for. So an activity named no later than the
 * table's match wins over it (see classify-task.ts). Only explicit activities are listed: verbs and
 * phrases that mean the same kind of work whatever follows them.
 */
import type { AiExposureLevel } from '../../../domain/schemas.ts';

export interface TaskActivity {
  id: string;
  level: AiExposureLevel;
  test: RegExp;
  reason: string;
  /** The table row that describes this activity, when there is one; its reason and frame are used. */
  patternId: string | null;
}

const MECHANICAL =
  'Mechanical work (entering, typing, copying or reformatting information) that tools and scripts already do with little oversight, whatever the information is.';
const JUDGEMENT =
  'It calls for judgement, accountability or trust between people (deciding, negotiating, running the room), which the client cannot hand to an AI tool.';
const PHYSICAL = 'It is done on site or in person, in the physical world, where software cannot stand in for the worker.';

export const TASK_ACTIVITIES: readonly TaskActivity[] = [
  { id: 'data-entry', level: 'automatable', patternId: 'data-entry', reason: MECHANICAL, test: /\bdata\s+entry\b|\btyping\b|\bcopy(?:ing)?\s*(?:and|&|\/|-)\s*past(?:e|ing)\b/i },
  {
    id: 'reformatting',
    level: 'automatable',
    patternId: null,
    reason: MECHANICAL,
    // Verb forms only: "a new show format" names no activity.
    test: /\b(?:re)?formatting\b|\breformat\b|^\s*format\b|\b(?:renaming|resizing|re-?sizing|uploading)\b/i,
  },
  {
    id: 'deciding',
    level: 'human_critical',
    patternId: null,
    reason: JUDGEMENT,
    test: /\b(?:decid(?:e|ing)|negotiat(?:e|ing)|facilitat(?:e|ing)|mediat(?:e|ing)|arbitrat(?:e|ing)|approv(?:e|ing)|agreeing)\b/i,
  },
  {
    id: 'running-sessions',
    level: 'human_critical',
    patternId: null,
    reason: JUDGEMENT,
    test: /\b(?:run(?:ning)?|lead(?:ing)?|host(?:ing)?|chair(?:ing)?|moderat(?:e|ing))\s+(?:\w+\s+){0,2}?(?:workshops?|meetings?|sessions?|retros(?:pectives)?|focus\s+groups?|offsites?|board\s+meetings?)\b/i,
  },
  {
    id: 'in-person',
    level: 'human_critical',
    patternId: null,
    reason: PHYSICAL,
    // "On-site SEO" is web work, not a place.
    test: /\b(?:on[- ]?site|in[- ]person|at\s+the\s+(?:client'?s\s+)?(?:premises|venue|property))\b(?![- ]?(?:seo|search|optimi[sz]\w*|content|speed|analytics|ctas?)\b)/i,
  },
];
