/**
 * The parts of the work a post names, in its own words, so a draft can say it will cover each one
 * ("floor plans, furniture and material suggestions, a bar section and plan, and a review of the
 * existing kitchen"). Three sources, in this order: a numbered list of named tasks, the lines under
 * an intro ("Key Responsibilities:"), and a sentence that lists what the work "should include" or
 * "will involve". Anything doubtful is left out; no list beats a garbled one.
 */
import type { ParsedJobPost } from '../../../domain/schemas.ts';
import { setsTerms } from '../../../parse/sets-terms.ts';
import { numberedTasks } from '../triage/scope-signals.ts';
import type { PostText } from './post-text.ts';
import { sentenceCasePhrase } from './post-text.ts';
import { turnAround } from './reflect.ts';
import { isSafeText } from './safe-text.ts';

/** Fewer parts than this is not a list; more than this is read as the client wrote it, not said back. */
const MIN_PARTS = 2;
const MAX_PARTS = 7;
/** A part longer than this is a sentence, not the name of a part. */
const MAX_PART_WORDS = 9;
/** How far before an "include" its sentence's start is looked for. */
const LEAD_CHARS = 300;
/** A long listed duty list is said back by its first few lines. */
const MAX_LISTED_LINES = 4;

// "Proposals should include floor plans, ...", "The role also includes creating ...".
const INCLUDES = /(?<![(\p{L}])(?:should|will|must|would)?\s*(?:include|includes|including|involve|involves)\s+([^.!?\n]{8,400})/giu;
// Application materials and conditions are not parts of the work.
const NOT_WORK =
  /\b(?:apply|applying|application|proposal|cover (?:note|letter)|resume|cv|portfolio|budget|rate|years|question|answer|candidate|ideal|understanding|knowledge|familiar\w*|skills?|requirements?|qualifications?|looking for|about|values|success|benefits|perks|bonus|preferred|nice to have|must have|why)\b/iu;
// A clause ("a few style visuals would be fine") rather than the name of a part.
const CLAUSE = /\b(?:is|are|was|were|be|would|will|should|can|could|may|might|must|we|i|you)\b/iu;
// "createing": the client's slip, mended rather than said back.
const SLIP = /\b(\p{L}+[tszkvcdgl])eing\b/gu;

export interface ListedParts {
  /** True when the parts are the names of a numbered list's tasks, in order. */
  numbered: boolean;
  /** False when only the first few of a longer list are named, so the draft must not claim to cover "each" of them. */
  complete: boolean;
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
    // Read back from the match within a bounded window, so many matches in a long post cost linear time.
    const before = text.description.slice(Math.max(0, match.index - LEAD_CHARS), match.index);
    const lead = before.slice(Math.max(before.search(/[^.!?\n]*$/u), 0));
    if (setsTerms(lead + match[0]) || NOT_WORK.test(lead)) continue;
    const parts = splitList(match[1] ?? '')
      .filter((part) => usable(part, avoidWords))
      .map((part) => turnAround(part.replace(SLIP, '$1ing')));
    if (parts.length >= MIN_PARTS && parts.length <= MAX_PARTS) return { parts, complete: true, further: /\b(?:also|too|as well)\b/iu.test(lead) };
  }
  return null;
}

// A line that lists: a bullet, or a short line with no full stop inside.
const BULLET = /^[ \t]*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])[ \t]+/u;
// A line that introduces a list: "Key Responsibilities:", "The platform will allow users to:".
const INTRO = /:\s*$/u;
// Tails that say why, not what ("to ensure quality", "as needed"): dropped so the part reads short.
const WHY_TAIL = /\s+(?:to (?:ensure|maintain|keep|meet|help|reduce|improve|make sure)\b|so that\b|as needed\b|as required\b).*$/iu;
// "(e.g., GoFullPage, FireShot, etc.)": the names are the specifics a client looks for, so they stay.
const EXAMPLES = /\s*\((?:e\.g\.|i\.e\.|such as|like|including|for example)[,:]?\s+([^)]*)\)/giu;
// "The platform will allow users to:": each line is something users do, not the freelancer.
const USERS_DO = /\b(users|customers|clients|members|visitors|students|buyers|sellers)\s+to:\s*$/iu;
// How the work is done rather than a part of it: "Join team meetings", "Keep all files confidential", "Work on 1-3 projects per week".
const CONDITION = /^(?:have|be|keep|join|attend|stay|communicate|respond|work (?:on|with|closely|independently))\b|\d/iu;
/** A listed line longer than this, once its why-tail is gone, is a paragraph, not a part. */
const MAX_LINE_WORDS = 14;

/**
 * A listed line as a part: bullet, "also", asides and why-tails gone, named examples kept ("options
 * such as GoFullPage and FireShot"). A line still too long is cut at its first aside, if that is short enough.
 */
function plainLine(line: string): string {
  const named = line
    .replace(BULLET, '')
    .replace(/^also\s+/iu, '')
    .replace(EXAMPLES, (whole, inside: string) => {
      const names = inside.split(/\s*,\s*|\s+or\s+/u).filter((name) => name.length > 0 && !/^etc\.?$/iu.test(name));
      return names.length > 0 && names.every((name) => /^\p{Lu}[\p{L}\p{N}]*$/u.test(name)) ? ` such as ${listOf(names)}` : whole;
    });
  const tidy = (text: string) =>
    text
      .replace(WHY_TAIL, '')
      .replace(/(\S+(?:\s+\S+){2,}?)\s+and help (?:us|you)\b.*$/iu, '$1')
      .replace(/[.;,]\s*$/u, '')
      .trim();
  const whole = tidy(named.replace(/\s*\([^)]*\)/gu, ''));
  const beforeAside = tidy(named.split('(')[0] ?? '');
  return whole.split(/\s+/).length <= MAX_LINE_WORDS ? whole : beforeAside;
}

function lineParts(text: PostText, avoidWords: readonly string[]): Omit<ListedParts, 'numbered' | 'further'> | null {
  const lines = text.description.split(/\r?\n/).map((line) => line.trim());
  for (const [at, line] of lines.entries()) {
    if (!INTRO.test(line) || NOT_WORK.test(line) || setsTerms(line)) continue;
    const items: string[] = [];
    // By index, not a copy of the rest per intro: a post of many "X:" lines stays linear.
    for (let i = at + 1; i < lines.length; i += 1) {
      const next = lines[i] ?? '';
      if (next.length === 0) continue;
      if (INTRO.test(next) || next.split(/\s+/).length > MAX_LINE_WORDS * 3) break;
      // A sub-heading inside the list ("Tool & App Consultation") names a group, not a part.
      if (/^(?:(?:\p{Lu}[\p{L}/-]*|&|and|of|for|the|to)\s*)+$/u.test(next)) continue;
      items.push(plainLine(next));
    }
    if (items.length < MIN_PARTS + 1) continue;
    const parts = items.filter(
      (item) => item.split(/\s+/).length <= MAX_LINE_WORDS && !CONDITION.test(item) && !NOT_WORK.test(item) && !setsTerms(item) && isSafeText(item, avoidWords),
    );
    // Half the list must survive the checks, or what is said back misrepresents it.
    if (parts.length >= MIN_PARTS && parts.length * 2 >= items.length) {
      const named = parts.slice(0, MAX_LISTED_LINES).map((part) => turnAround(lowerVerb(part, text)));
      const who = USERS_DO.exec(line)?.[1];
      if (who !== undefined) named[0] = `letting ${who.toLowerCase()} ${named[0]}`;
      return { parts: named, complete: named.length === items.length };
    }
  }
  return null;
}

/** The first word lowered unless the post writes it capitalised mid-sentence too, as a name ("Connect and manage" -> "connect and manage"). */
function lowerVerb(part: string, text: PostText): string {
  const [first = '', ...rest] = part.split(' ');
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || new RegExp(`(?:^|[ \\t])\\p{Ll}+,?[ \\t]+${first}\\b`, 'mu').test(text.description)) return part;
  return [first.toLowerCase(), ...rest].join(' ');
}

/** The parts of the work the post lists, or null when it lists none that can be said back safely. */
export function listedParts(post: ParsedJobPost, text: PostText, avoidWords: readonly string[]): ListedParts | null {
  const tasks = numberedTasks(post);
  if (tasks.length > 0) {
    const named = tasks.every((task) => task.split(/\s+/).length <= 5 && isSafeText(task, avoidWords) && !setsTerms(task));
    return named && tasks.length <= MAX_PARTS + 1 ? { numbered: true, further: false, complete: true, parts: tasks.map((task) => sayTask(task, text)) } : null;
  }
  const lines = lineParts(text, avoidWords);
  if (lines !== null) return { numbered: false, further: false, ...lines };
  const included = includedParts(text, avoidWords);
  return included === null ? null : { numbered: false, ...included };
}

/** "a, b and c"; a serial comma when a part has an "and" of its own; semicolons when a part has its own commas. */
export function listOf(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  if (parts.some((part) => part.includes(','))) return `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}`;
  const serial = parts.some((part) => /\band\b/u.test(part)) && parts.length > 2 ? ',' : '';
  return `${parts.slice(0, -1).join(', ')}${serial} and ${parts.at(-1)}`;
}
