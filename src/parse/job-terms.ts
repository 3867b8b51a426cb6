/**
 * The job's terms as a page lists them: experience level, project length and weekly hours.
 * A level is read only where the page states it as a term (its own line, a labelled line, or one
 * segment of "Fixed-price - Intermediate - ..."), so "Shopify Expert Needed" in a title does not count.
 */
import type { JobFacts } from '../domain/schemas.ts';
import { originalOf, prepareDoc, type Doc } from './doc.ts';
import { linesBeforeClient } from './sections.ts';

type ExperienceLevel = NonNullable<JobFacts['experienceLevel']>;

const LEVEL_WORD = /^(entry|intermediate|expert)(?:[- ]?level)?$/i;
const LEVEL_LABEL = /^(?:experience(?:\s+level)?|level|contractor tier|expertise level)\s*[:-]\s*(.+)$/i;
const SEGMENT_SPLIT = /\s+-\s+|\s*[|·•]\s*/;

const CANONICAL_DURATION =
  /(?:\b(?:less than (?:a|1|one) month|1 to 3 months|3 to 6 months|more than 6 months|1-3 months|3-6 months|6\+ months)|<\s?1 month)\b(?!\s*(?:of\b|experience|ago|old))/i;
const DURATION_LABEL = /^(?:duration|project length|project duration|length|timeline|estimated duration)\s*[:-]\s*(.{1,40})$/i;
const HOURS =
  /\b(?:(?:less than|more than|fewer than|under|over|up to|about|around|approx\.?|at least)\s+)?\d{1,2}(?:\s*(?:-|to)\s*\d{1,2})?\+?\s*(?:hrs|hours|h)\s*(?:\/\s*|per\s+|a\s+)(?:week|wk)\b/i;
const HOURS_LABEL = /^(?:hours per week|hours\/week|weekly hours|workload)\s*[:-]\s*(.{1,40})$/i;
const HOURS_TBD = /^hours to be determined$/i;

function levelOf(word: string): ExperienceLevel | null {
  const m = LEVEL_WORD.exec(word.trim().replace(/[.:]$/, ''));
  if (!m) return null;
  return (m[1] ?? '').toLowerCase() as ExperienceLevel;
}

/** The experience level the page states ("Entry level", "Intermediate", "Expert", "ExpertLevel"), or null. */
export function parseExperienceLevel(text: string): ExperienceLevel | null {
  for (const line of linesBeforeClient(prepareDoc(text).lines)) {
    const own = levelOf(line.text);
    if (own) return own;
    const labelled = LEVEL_LABEL.exec(line.text);
    const fromLabel = labelled ? (levelOf((labelled[1] ?? '').split(/[\s,(]/)[0] ?? '') ?? levelOf(labelled[1] ?? '')) : null;
    if (fromLabel) return fromLabel;
    const segments = line.text.split(SEGMENT_SPLIT);
    if (segments.length > 1) {
      for (const segment of segments) {
        const level = levelOf(segment);
        if (level) return level;
      }
    }
  }
  return null;
}

function firstLabelled(doc: Doc, label: RegExp): string | null {
  for (const line of linesBeforeClient(doc.lines)) {
    const m = label.exec(line.text);
    if (m) {
      const valueStart = line.end - (m[1] ?? '').length;
      return originalOf(doc, valueStart, line.end);
    }
  }
  return null;
}

function firstMatch(doc: Doc, pattern: RegExp): string | null {
  for (const line of linesBeforeClient(doc.lines)) {
    const m = pattern.exec(line.text);
    if (m) return originalOf(doc, line.start + m.index, line.start + m.index + m[0].length);
  }
  return null;
}

/** The project length as written ("1 to 3 months", "More than 6 months", "Duration: 2 weeks"), or null. */
export function parseDuration(text: string): string | null {
  const doc = prepareDoc(text);
  return firstLabelled(doc, DURATION_LABEL) ?? firstMatch(doc, CANONICAL_DURATION);
}

/** The weekly hours as written ("Less than 30 hrs/week", "10-15 hours/week"), or null. */
export function parseHoursPerWeek(text: string): string | null {
  const doc = prepareDoc(text);
  return firstLabelled(doc, HOURS_LABEL) ?? firstMatch(doc, HOURS) ?? firstMatch(doc, HOURS_TBD);
}
