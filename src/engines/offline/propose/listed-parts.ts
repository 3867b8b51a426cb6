/**
 * The parts of the work a post names, in its own words, so a draft can say it will cover each one
 * ("floor plans, furniture and material suggestions, a bar section and plan, and a review of the
 * existing kitchen"). Two sources: a numbered list of named tasks, and a sentence that lists what
 * the work "should include" or "will involve". Anything doubtful is left out; no list beats a garbled one.
 */
import type { ParsedJobPost } from '../../../domain/schemas.ts';
import { setsTerms } from '../../../parse/sets-terms.ts';
import { numberedTasks } from '../triage/scope-signals.ts';
import { sentenceCasePhrase } from './post-text.ts';
import type { PostText } from './post-text.ts';
import { turnAround } from './reflect.ts';
import { isSafeText } from './safe-text.ts';

/** Fewer parts than this is not a list; more than this is read as the client wrote it, not said back. */
const MIN_PARTS = 2;
const MAX_PARTS = 7;
/** A part longer than this is a sentence, not the name of a part. */
const MAX_PART_WORDS = 9;

// "Proposals should include floor plans, ...", "The role also includes creating ...".
const INCLUDES = /(?<![(\p{L}])(?:should|will|must|would)?\s*(?:include|includes|including|involve|involves)\s+([^.!?\n]{8,400})/giu;
// Application materials and conditions are not parts of the work.
const NOT_WORK = /\b(?:apply|applying|application|proposal|cover (?:note|letter)|resume|cv|portfolio|budget|rate|years|question|answer)\b/iu;
// A clause ("a few style visuals would be fine") rather than the name of a part.
const CLAUSE = /\b(?:is|are|was|were|be|would|will|should|can|could|may|might|must|we|i|you)\b/iu;
// "createing": the client's slip, mended rather than said back.
const SLIP = /\b(\p{L}+[tszkvcdgl])eing\b/gu;

export interface ListedParts {
  /** True when the parts are the names of a numbered list's tasks, in order. */
  numbered: boolean;
  /** True when the post lists them as further parts ("the role also includes ..."), beside the main work. */
  further: boolean;
  parts: string[];
}

/** A numbered task's name as a sentence says it: a heading's capitals lowered ("Monthly Sales Trends" -> "monthly sales trends"), names kept. */
export function sayTask(task: string, text: PostText): string {
  const heading = task.split(/\s+/).every((word) => /^(?:\p{Lu}\p{Ll}*|\p{Ll}{1,3})$/u.test(word));
  return heading ? task.replace(/\b\p{Lu}\p{Ll}+/gu, (word) => word.toLowerCase()) : sentenceCasePhrase(task, text);
}

function splitList(clause: string): string[] {
  return clause
    .replace(/[()]/g, ',')
    .split(/\s*(?:,|;|\balong with\b|\bas well as\b)\s*/u)
    .map((part) => part.replace(/^(?:and|or|also)\s+/iu, '').trim())
    .flatMap(splitGerunds)
    .filter((part) => part.length > 0);
}

// "creating blog content and crafting social posts" is two parts; "creating and maintaining a website" is one.
function splitGerunds(part: string): string[] {
  const at = part.search(/\sand\s+\p{L}+ing\s/u);
  if (at < 0 || part.slice(0, at).split(/\s+/).length < 2) return [part];
  return [part.slice(0, at), ...splitGerunds(part.slice(at).replace(/^\s*and\s+/u, ''))];
}

function usable(part: string, avoidWords: readonly string[]): boolean {
  const count = part.split(/\s+/).length;
  return count <= MAX_PART_WORDS && !CLAUSE.test(part) && !NOT_WORK.test(part) && isSafeText(part, avoidWords);
}

function includedParts(text: PostText, avoidWords: readonly string[]): Omit<ListedParts, 'numbered'> | null {
  for (const match of text.description.matchAll(INCLUDES)) {
    // What the sentence says before the list: whose list it is ("Your proposal should include") and whether it adds to the main work ("also").
    const before = text.description.slice(0, match.index);
    const lead = before.slice(Math.max(before.search(/[^.!?\n]*$/u), 0));
    if (setsTerms(lead + match[0]) || NOT_WORK.test(lead)) continue;
    const parts = splitList(match[1] ?? '')
      .filter((part) => usable(part, avoidWords))
      .map((part) => turnAround(part.replace(SLIP, '$1ing')));
    if (parts.length >= MIN_PARTS && parts.length <= MAX_PARTS) return { parts, further: /\b(?:also|too|as well)\b/iu.test(lead) };
  }
  return null;
}

/** The parts of the work the post lists, or null when it lists none that can be said back safely. */
export function listedParts(post: ParsedJobPost, text: PostText, avoidWords: readonly string[]): ListedParts | null {
  const tasks = numberedTasks(post);
  if (tasks.length > 0) {
    const named = tasks.every((task) => task.split(/\s+/).length <= 5 && isSafeText(task, avoidWords) && !setsTerms(task));
    return named && tasks.length <= MAX_PARTS + 1 ? { numbered: true, further: false, parts: tasks.map((task) => sayTask(task, text)) } : null;
  }
  const included = includedParts(text, avoidWords);
  return included === null ? null : { numbered: false, ...included };
}

/** "a, b and c"; "a, b and c, and d" takes the serial comma when a part has an "and" of its own. */
export function listOf(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  const serial = parts.some((part) => /\band\b/u.test(part)) && parts.length > 2 ? ',' : '';
  return `${parts.slice(0, -1).join(', ')}${serial} and ${parts.at(-1)}`;
}
