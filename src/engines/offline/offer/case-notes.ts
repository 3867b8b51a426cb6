/**
 * Reads notes about finished work into the parts of a case study. Labelled lines ("Client: ...",
 * "Problem: ...", "What I did: ...", "Result: ...") win; where a part has no label, sentences are
 * sorted by cue words. Notes are untrusted data: they are sorted and quoted, never obeyed.
 */

import { type NoteField, noteFieldOf } from '../../../domain/note-labels.ts';

const LABEL_LINE = /^\s*(?:[-*•]\s*)?([A-Za-z][A-Za-z ]{0,24}?)\s*:\s*(.*)$/;

/** Labels whose text is one short phrase: anything after its first sentence is the story. */
const ONE_SENTENCE: ReadonlySet<NoteField> = new Set(['title', 'clientType']);

export interface ParsedNotes {
  /** Text under each label, joined; absent when the notes had no such label. */
  labelled: Partial<Record<NoteField, string>>;
  /** Lines under no known label, in order. */
  free: string[];
}

// "... showed. Result: reported ...": a label after a sentence, in a paragraph of notes.
const INLINE_LABEL = /[.!?]\s+([A-Za-z][A-Za-z ]{0,24}?)\s*:\s/g;

/** A line cut before each note label that starts a sentence inside it, so each label reads as its own line. */
function atInlineLabels(line: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const match of line.matchAll(INLINE_LABEL)) {
    if (noteFieldOf(match[1] ?? '') === undefined) continue;
    const at = match.index + 1;
    parts.push(line.slice(from, at));
    from = at;
  }
  parts.push(line.slice(from));
  return parts;
}

/**
 * A label's text and the story after it. "Client: a Shopify seller. Their stock sheet ...": a
 * one-phrase label keeps its first sentence. "Problem: ads double-counted. I audited ...": a part
 * keeps its sentences until one reads as another part, which starts the free text.
 */
function splitLabelled(field: NoteField, whole: string): { text: string; rest: string | undefined } {
  const sentences = splitSentences(whole);
  const [first = whole] = sentences;
  if (ONE_SENTENCE.has(field)) return { text: first.replace(/\.$/, ''), rest: joinRest(sentences.slice(1)) };
  if (field !== 'problem' && field !== 'approach' && field !== 'result') return { text: whole, rest: undefined };
  const other = sentences.findIndex((sentence, index) => index > 0 && ![undefined, field].includes(cueOf(sentence)));
  if (other < 0) return { text: whole, rest: undefined };
  return { text: sentences.slice(0, other).join(' '), rest: joinRest(sentences.slice(other)) };
}

/**
 * Whether an unlabelled line goes on with the label above it. A title or client line runs on only
 * when it wraps mid-phrase; a part's line does unless it reads as another part ("Problem: ..." then
 * "I audited ..." is the approach).
 */
function continues(field: NoteField, line: string): boolean {
  if (ONE_SENTENCE.has(field)) return /^\p{Ll}/u.test(line);
  return [undefined, field].includes(cueOf(splitSentences(line)[0] ?? line));
}

function joinRest(sentences: readonly string[]): string | undefined {
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/** Splits notes into labelled parts and free lines; an unlabelled line continues the label above it. */
export function parseNotes(notes: string): ParsedNotes {
  const labelled: Partial<Record<NoteField, string>> = {};
  const free: string[] = [];
  let current: NoteField | null = null;
  for (const rawLine of notes.split(/\r?\n/).flatMap(atInlineLabels)) {
    const line = rawLine.trim();
    if (line === '') {
      current = null;
      continue;
    }
    const match = LABEL_LINE.exec(line);
    const field = match ? noteFieldOf(match[1] ?? '') : undefined;
    if (match && field !== undefined) {
      const { text, rest } = splitLabelled(field, (match[2] ?? '').trim());
      labelled[field] = labelled[field] === undefined ? text : `${labelled[field]} ${text}`.trim();
      current = field;
      if (rest !== undefined) {
        free.push(rest);
        current = null;
      }
    } else if (current !== null && continues(current, line)) {
      labelled[current] = `${labelled[current] ?? ''} ${line}`.trim();
    } else {
      free.push(line);
      current = null;
    }
  }
  return { labelled, free };
}

/** Sentences of free text, split after . ! ? followed by a space. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[^\s])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

const RESULT_CUE =
  /\b(?:results?|resulted|now|reduced|increased|cut|saved|grew|grown|improved|dropped|fell|fallen|rose|climbed|jumped|shrank|recovered|doubled|tripled|halved|went\s+from|led\s+to|outcome|faster|fewer|more\s+than\s+before|since\s+launch)\b/i;
const APPROACH_CUE =
  /\b(?:i|we)\s+(?:\w+\s+)?(?:built|did|wrote|set\s+up|designed|created|developed|rebuilt|migrated|automated|implemented|replaced|ran|audited|cleaned|edited|translated|made|added|moved|redesigned|integrated|configured|trained|researched|mapped|wired|connected|launched|shipped|planned|interviewed|drafted|produced|removed|fixed|rewrote|consolidated|refactored|deduplicated|installed|optimi[sz]ed|restructured|merged|switched)\b/i;
const PROBLEM_CUE =
  /\b(?:problem|struggl\w*|disagree\w*|missed|mismatch\w*|out\s+of\s+sync|wrong|fail(?:ed|ing|s)?|needed|wanted|issue|couldn'?t|could\s+not|losing|too\s+(?:slow|many|much|few)|manual(?:ly)?|broken|pain|challenge|no\s+way\s+to|lacked|lacking|hard\s+to|was\s+stuck|were\s+stuck|kept\s+\w+ing|frustrat\w*|gave\s+up|giving\s+up|complain\w*|double-?(?:book|charg|count)\w*)\b/i;
const HAS_NUMBER = /\d/;

type StoryPart = 'problem' | 'approach' | 'result';

/** The part a sentence's cue words put it in (a measured change counts as a result), or undefined. */
function cueOf(sentence: string): StoryPart | undefined {
  if (RESULT_CUE.test(sentence) && HAS_NUMBER.test(sentence)) return 'result';
  if (APPROACH_CUE.test(sentence)) return 'approach';
  if (PROBLEM_CUE.test(sentence)) return 'problem';
  return RESULT_CUE.test(sentence) ? 'result' : undefined;
}

/** Sorts free sentences into problem, approach and result by cue words. */
export function sortSentences(sentences: readonly string[]): Record<StoryPart, string[]> {
  const out: Record<StoryPart, string[]> = { problem: [], approach: [], result: [] };
  for (const sentence of sentences) {
    const part = cueOf(sentence);
    if (part !== undefined) out[part].push(sentence);
  }
  return out;
}

const CLIENT_PATTERNS: readonly RegExp[] = [
  /\b(?:client|customer)\s+(?:was|is)\s+(an?\s+[^,.;:!?]{3,80})/i,
  /\bfor\s+(an?\s+(?:[\p{L}\p{N}'’&-]+\s+){0,4}?(?:company|startup|agency|business|brand|shop|store|firm|clinic|practice|non-?profit|charity|school|restaurant|bakery|studio|team|founder|retailer|manufacturer|publisher|creator|coach|consultancy|marketplace|platform|seller|merchant|maker|owner|provider|lab|hotel|gym|salon|café|cafe|bank|fund|club|magazine|podcast|charity))\b/iu,
];

/** The kind of client named in free text ("for a small bakery" -> "a small bakery"), or null. */
export function findClientType(text: string): string | null {
  for (const pattern of CLIENT_PATTERNS) {
    const match = pattern.exec(text);
    // "a small candle shop that kept losing sales" -> "a small candle shop".
    if (match?.[1] !== undefined) return match[1].split(/\s+(?:that|who|which|whose|where|with|to|in|on)\s+/i)[0]?.trim() ?? null;
  }
  return null;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`)\]]+|\bwww\.[^\s<>"'`)\]]+/i;

/** The first web address in the text, without trailing punctuation, or null. */
export function findLink(text: string): string | null {
  const match = URL_PATTERN.exec(text);
  if (!match) return null;
  const link = match[0].replace(/[.,;:!?]+$/, '');
  // "www.example.com" is stored as the full address a link needs.
  return /^www\./i.test(link) ? `https://${link}` : link;
}

/** Removes web addresses so their digits are not read as figures. */
export function withoutLinks(text: string): string {
  // Keep a full stop the address swallowed, so the sentence after it still splits off.
  return text.replace(new RegExp(URL_PATTERN.source, 'gi'), (url) => ` ${/[.!?]+$/.exec(url)?.[0] ?? ''}`);
}

/**
 * Removes script blocks and tags, so an address or figure inside markup is not taken for the
 * project's link or a result. The fields themselves keep the markup as text.
 */
export function withoutMarkup(text: string): string {
  return text.replace(/<script\b[\s\S]*?(?:<\/script\s*>|$)/gi, ' ').replace(/<[^>]*>/g, ' ');
}
