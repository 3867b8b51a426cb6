/**
 * Turns notes about finished work into a structured proof item for the library. Figures found in
 * the notes are returned as unconfirmed metrics, never as metrics: only numbers the user confirms
 * may back a claim. Notes are untrusted data: HTML or instructions in them are kept as text, never obeyed.
 */
import { BidwrightError } from '../../domain/errors.ts';
import type { CaseStudyContext, CaseStudyDraft } from '../../domain/ports.ts';
import type { NoteField } from '../../domain/note-labels.ts';
import { idFromTitle } from '../../domain/proof-id.ts';
import { Id, type ProofItem } from '../../domain/schemas.ts';
import { findClientType, findLink, parseNotes, sortSentences, splitSentences, withoutMarkup } from './offer/case-notes.ts';
import { findKnownSkills } from './offer/known-skills.ts';
import { findUnconfirmedMetrics } from './offer/note-metrics.ts';

const MAX_TEXT = 5000;
const MAX_TITLE = 120;
const FALLBACK_TITLE = 'Untitled case study';

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '');
}

function splitSkills(line: string): string[] {
  return line
    .split(/[,;|/]|\s+and\s+|\s+&\s+/i)
    .map((skill) => skill.trim().replace(/[.!?]+$/, ''))
    .filter((skill) => skill !== '');
}

function uniqueSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  return skills
    .map((skill) => skill.slice(0, 80).trim())
    .filter((skill) => {
      const key = skill.toLowerCase();
      if (skill === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 100);
}

function chooseId(requested: string | null, title: string): string {
  if (requested === null) return idFromTitle(title, 'case-study');
  const parsed = Id.safeParse(requested);
  if (!parsed.success) {
    throw new BidwrightError(
      'INVALID_INPUT',
      `The case study id "${requested.slice(0, 80)}" is invalid: use letters, digits, ".", "_" or "-" (no spaces), up to 80 characters, or leave it out to derive one from the title.`,
    );
  }
  return parsed.data;
}

/** A web address: the labelled one, else the first in the notes outside markup; null when there is none. */
function chooseLink(labelled: string | undefined, notes: string): string | null {
  const link = findLink(labelled ?? '') ?? findLink(withoutMarkup(notes));
  return link === null ? null : link.slice(0, 500);
}

/** A short first line with more lines after it reads as a title ("Shopify checkout cleanup"). */
function titleLine(free: readonly string[]): string | null {
  const first = free[0];
  return first !== undefined && free.length > 1 && first.length <= MAX_TITLE && !/[.!?]$/.test(first) ? first : null;
}

// A title longer than this reads as a sentence: it keeps its first clause.
const SHORT_TITLE = 60;
const CLAUSE_END = /[,;]\s|\s(?:and|but|so|which|while|then|because|to fix|after)\s/i;

/** "Audited their GTM container and found two purchase tags ..." -> "Audited their GTM container". */
function firstClause(sentence: string): string {
  if (sentence.length <= SHORT_TITLE) return sentence;
  const end = CLAUSE_END.exec(sentence);
  const clause = end === null ? sentence : sentence.slice(0, end.index);
  return clause.split(/\s+/).length >= 3 ? clause : sentence;
}

/** The title: a labelled one, else a title line, else the first clause about the work. */
function chooseTitle(labelled: string | undefined, line: string | null, free: readonly string[], approach: string): string {
  if (labelled !== undefined && labelled !== '') return clip(labelled, 300);
  if (line !== null) return line;
  const source = splitSentences(approach)[0] ?? splitSentences(free.join(' '))[0] ?? '';
  // "I rebuilt the sheet ..." reads as a title without its "I": "Rebuilt the sheet ...".
  const titled = source.replace(/^(?:I|We)\s+(?=\p{Ll})/u, '').replace(/^\p{Ll}/u, (first) => first.toUpperCase());
  return titled === '' ? FALLBACK_TITLE : clip(firstClause(titled.replace(/[.!?]+$/, '')), MAX_TITLE);
}

/**
 * Builds a case study draft from notes: a `case_study` proof item (id from `context.id` or a slug
 * of the title; public false, since the user decides; metrics empty), the figures found as
 * unconfirmed metrics, and the fields the notes did not supply. Throws INVALID_INPUT for empty
 * notes or an invalid id.
 */
export function buildCaseStudy(context: CaseStudyContext): CaseStudyDraft {
  if (context.notes.trim() === '') {
    throw new BidwrightError('INVALID_INPUT', 'The notes are empty: describe the client, the problem, what you did and the result.');
  }
  const { labelled, free } = parseNotes(context.notes);
  const line = labelled.title === undefined ? titleLine(free) : null;
  const body = line === null ? free : free.slice(1);
  const freeText = body.join(' ');
  const sorted = sortSentences(splitSentences(freeText));
  const pick = (field: 'problem' | 'approach' | 'result'): string => clip(labelled[field] ?? sorted[field].join(' '), MAX_TEXT);

  const approach = pick('approach');
  const title = chooseTitle(labelled.title, line, body, approach);
  const skillLine = labelled.skills === undefined ? [] : splitSkills(labelled.skills);
  const proof: ProofItem = {
    id: chooseId(context.id, title),
    kind: 'case_study',
    title,
    clientType: clip(labelled.clientType ?? findClientType(freeText) ?? '', 300),
    problem: pick('problem'),
    approach,
    result: pick('result'),
    metrics: [],
    skills: uniqueSkills([...skillLine, ...findKnownSkills(context.notes)]),
    link: chooseLink(labelled.link, context.notes),
    public: false,
  };
  const missing: NoteField[] = [];
  if (title === FALLBACK_TITLE) missing.push('title');
  for (const field of ['clientType', 'problem', 'approach', 'result'] as const) {
    if (proof[field] === '') missing.push(field);
  }
  if (proof.skills.length === 0) missing.push('skills');
  const metricText = [labelled.title ?? line, labelled.clientType, labelled.problem, labelled.approach, labelled.result, freeText]
    .filter((part): part is string => part !== undefined && part !== null)
    .join('\n');
  return { proof, missing, unconfirmedMetrics: findUnconfirmedMetrics(withoutMarkup(metricText)) };
}
