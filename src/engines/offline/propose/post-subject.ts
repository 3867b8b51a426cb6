/**
 * What the draft calls the client's problem, in the client's words: a short noun phrase from the
 * title, else a phrase of the kind's own words as the post spells it, else from the first lines of
 * the description; without role words or a leading verb.
 */
import type { Deliverable } from '../../../domain/schemas.ts';
import { fold } from '../../../text/fold.ts';
import type { InsightMatch } from './pick-insight.ts';
import type { PostText } from './post-text.ts';
import { findSurface, sentenceCaseWords } from './post-text.ts';
import { WORD } from '../../../text/text.ts';
import { isNoise, namesRole } from './post-terms.ts';
import { isSafeText } from './safe-text.ts';
import { BROAD_NOUNS, HEAD_NOUNS, LEADING_VERBS, ROLE_ACTIVITY, ROLE_WORDS } from './stopwords.ts';

const MAX_SUBJECT_WORDS = 5;
const MAX_SUBJECT_CHARS = 42;
const BREAK = /[,:;()|!?\n\u2013\u2014]|\s[-&]\s|\.\s/;
// Words as the toolkit splits them, with "Automation/Robotics" and "UI/UX" kept whole.
const TOKEN = new RegExp(`${WORD.source}(?:/${WORD.source})*`, 'gu');

function isBreaker(token: string): boolean {
  if (token === '&') return false;
  // "Senior/Lead" and "developer/analyst" are roles too; "Automation/Robotics" is not.
  const parts = fold(token).split('/');
  return parts.every((part) => isNoise(part) || ROLE_WORDS.has(part));
}

function isLeadingVerb(token: string): boolean {
  const key = fold(token);
  const stems = [key, key.replace(/ing$/, ''), key.replace(/ing$/, 'e'), key.replace(/e?s$/, '')];
  return stems.some((stem) => LEADING_VERBS.has(stem));
}

function runsOf(source: string): string[][] {
  const runs: string[][] = [];
  for (const segment of source.split(BREAK)) {
    let run: string[] = [];
    const tokens = segment.match(TOKEN) ?? [];
    // "Data Analyst Course": a role word before a head noun describes the thing, not the hire, and
    // takes the head noun before it along ("Data").
    const head = (at: number): boolean => HEAD_NOUNS.has(fold(tokens[at] ?? '')) && !ROLE_WORDS.has(fold(tokens[at] ?? ''));
    const modifier = (at: number): boolean => ROLE_WORDS.has(fold(tokens[at] ?? '')) && head(at + 1);
    for (const [i, token] of tokens.entries()) {
      if (isBreaker(token) && !modifier(i) && !(head(i) && modifier(i + 1))) {
        if (run.length > 0) runs.push(run);
        run = [];
      } else if (run.length > 0 || !isLeadingVerb(token)) {
        run.push(token);
      }
    }
    if (run.length > 0) runs.push(run);
  }
  return runs.map((run) => trimConnectors(run)).filter((run) => run.length > 0);
}

function trimConnectors(run: string[]): string[] {
  let out = run;
  while (out[0] === '&') out = out.slice(1);
  while (out[out.length - 1] === '&') out = out.slice(0, -1);
  return out;
}

function wordCount(run: readonly string[]): number {
  return run.filter((token) => token !== '&').length;
}

function tooLong(run: readonly string[]): boolean {
  return wordCount(run) > MAX_SUBJECT_WORDS || run.join(' ').length > MAX_SUBJECT_CHARS;
}

// A long run that holds one of the kind's own phrases is named by that phrase ("Wordpress blog auto
// accidnet news feed ..." -> "news feed"); otherwise it is cut from the end.
function shorten(run: string[], kindHints: readonly string[]): string[] {
  if (tooLong(run)) {
    const folded = run.map((token) => fold(token));
    for (const hint of kindHints) {
      const parts = fold(hint).split(/\s+/);
      if (parts.length < 2) continue;
      const at = folded.findIndex((_, i) => parts.every((part, j) => folded[i + j] === part));
      if (at >= 0) return run.slice(at, at + parts.length);
    }
  }
  let out = run;
  while (out.length > 1 && tooLong(out)) {
    out = trimConnectors(out.slice(0, -1));
  }
  return out;
}

// "chatbot trained", "sites daily": a participle or adverb after the noun is not part of the subject.
function dropTrailingModifiers(run: string[]): string[] {
  let out = run;
  const trailing = (token: string): boolean => {
    const key = fold(token);
    return !HEAD_NOUNS.has(key) && (/[^e]ed$/.test(key) || /ly$/.test(key));
  };
  while (out.length > 1 && trailing(out[out.length - 1] ?? '')) out = trimConnectors(out.slice(0, -1));
  return out;
}

function hasHeadNoun(run: readonly string[]): boolean {
  return run.some((token) => {
    const key = fold(token);
    return HEAD_NOUNS.has(key) || HEAD_NOUNS.has(key.replace(/s$/, '')) || HEAD_NOUNS.has(key.replace(/es$/, ''));
  });
}

// "analytics reports" mentions the cue "reporting": a one-word hint also meets the same word with a
// plural or "-ing" ending (not a stem: "illustrator" is the person, "illustration" the work).
const ENDING = /(?:es|s|ing)$/;
function mentions(phrase: string, hint: string): boolean {
  const a = fold(phrase);
  const b = fold(hint);
  if (b.length <= 1) return false;
  if (a.includes(b) || (a.length > 4 && b.includes(a))) return true;
  const base = b.replace(ENDING, '');
  return !/\s/.test(b) && base.length > 3 && a.split(/\s+/).some((word) => word.replace(ENDING, '') === base);
}

function scoreRun(run: string[], hints: readonly string[]): number {
  const phrase = run.join(' ');
  const hinted = hints.some((hint) => mentions(phrase, hint)) ? 2 : 0;
  return hinted + Math.min(wordCount(run), 4) + (hasHeadNoun(run) ? 1 : 0);
}

/**
 * A short noun phrase naming the work in the post's words ("Shopify checkout", "Google Drive
 * workflow"). Role words are dropped; a phrase without a head noun gets one: the domain's noun when
 * the phrase names the domain ("Shopify" -> "Shopify store"), otherwise "work".
 */
export function postSubject(
  text: PostText,
  match: InsightMatch,
  avoidWords: readonly string[],
  deliverable: Pick<Deliverable, 'cues' | 'domainLabel'> | null = null,
): string {
  const cues = deliverable?.domainLabel == null ? [] : deliverable.cues;
  const hints = [...match.surfaces, ...cues, ...text.skills];
  // The words that made the kind of work (trigger surfaces, the deliverable's cues) name the work;
  // a title run without any of them ("Make Strategy Happen") names something else.
  const kindHints = [...match.surfaces, ...cues];
  const firstLines = text.description
    .split(/(?<=[.!?])\s+/)
    .slice(0, 2)
    .join(' ');
  // With the kind of work unknown, a role in the title says best what the work is.
  const fromRole = kindHints.length === 0 ? roleSubject(text, avoidWords) : null;
  if (fromRole !== null) return fromRole;
  // The title first, then the kind's own words as the post spells them, then the opening lines.
  const fromTitle = text.title.trim().length > 0 ? subjectIn(text.title, text, match, hints, kindHints, avoidWords) : null;
  return fromTitle ?? cueSubject(text, match, cues, avoidWords) ?? subjectIn(firstLines, text, match, hints, kindHints, avoidWords) ?? match.insight.noun;
}

/** Words the draft may borrow: no word the user avoids, no word a client instruction asked for. */
function borrowable(words: readonly string[], text: PostText, avoidWords: readonly string[]): boolean {
  return isSafeText(words.join(' '), avoidWords) && !words.some((w) => text.forbidden.has(fold(w)));
}

function subjectIn(
  source: string,
  text: PostText,
  match: InsightMatch,
  hints: readonly string[],
  kindHints: readonly string[],
  avoidWords: readonly string[],
): string | null {
  const candidates = runsOf(source)
    .map(dropTrailingModifiers)
    .map((run) => shorten(run, kindHints))
    .filter((run) => borrowable(run, text, avoidWords));
  // With kind words known, a run that mentions one names the work; failing that, a run with a head
  // noun or several words does ("children's picture book"), never a lone modifier ("Trends").
  const hinted = candidates.filter((run) => kindHints.some((hint) => mentions(run.join(' '), hint)));
  const nouned = candidates.filter((run) => hasHeadNoun(run) || wordCount(run) > 1);
  const pool = kindHints.length === 0 ? candidates : hinted.length > 0 ? hinted : nouned;
  if (pool.length === 0) return null;
  let best = pool[0] as string[];
  for (const run of pool) if (scoreRun(run, hints) > scoreRun(best, hints)) best = run;
  const phrase = sentenceCaseWords(best, text).join(' ');
  const broad = best.length === 1 && BROAD_NOUNS.has(fold(best[0] ?? ''));
  if (hasHeadNoun(best) && !broad) return phrase;
  const folded = fold(phrase);
  const namesDomain = match.surfaces.some((surface) => {
    const key = fold(surface);
    return key.includes(folded) || folded.includes(key);
  });
  const noun = namesDomain ? match.insight.noun : 'work';
  return fold(phrase) === fold(noun) ? phrase : `${phrase} ${noun}`;
}

/** The first kind word the post itself spells (a trigger surface or a deliverable cue), with the domain noun when it is a bare name. */
function cueSubject(text: PostText, match: InsightMatch, cues: readonly string[], avoidWords: readonly string[]): string | null {
  const haystack = `${text.title}\n${text.description}`;
  // A single cue word is often a person or a thing around the work ("students", "magazine"), so only
  // phrases qualify, besides the insight's own trigger surfaces; a role ("tutor") names the person.
  const ordered = [...match.surfaces, ...cues.filter((cue) => cue.includes(' '))].filter((hint) => !namesRole(hint));
  for (const hint of ordered) {
    const surface = findSurface(haystack, hint)?.split(/\s+/);
    if (surface === undefined || !borrowable(surface, text, avoidWords)) continue;
    const words = sentenceCaseWords(surface, text);
    return hasHeadNoun(words) ? words.join(' ') : `${words.join(' ')} ${match.insight.noun}`;
  }
  return null;
}

/**
 * The work a title's role does, in the title's words: "Part-Time Marketing Account Manager" ->
 * "marketing account management". Null without a role that names an activity, or without words
 * before it that say what the role looks after.
 */
function roleSubject(text: PostText, avoidWords: readonly string[]): string | null {
  for (const segment of text.title.split(BREAK)) {
    const tokens = segment.match(WORD) ?? [];
    for (const [i, token] of tokens.entries()) {
      const activity = ROLE_ACTIVITY.get(fold(token));
      if (activity === undefined) continue;
      const before: string[] = [];
      for (const word of tokens.slice(0, i).reverse()) {
        if (isNoise(word) || ROLE_WORDS.has(fold(word)) || isLeadingVerb(word) || before.length === 3) break;
        before.unshift(word);
      }
      if (before.length === 0 || !borrowable(before, text, avoidWords)) continue;
      return [...sentenceCaseWords(before, text), activity].join(' ');
    }
  }
  return null;
}

// Nouns that name the client's business rather than the work: "for Fitness Industry Gym".
const BUSINESS_NOUNS: ReadonlySet<string> = new Set(
  'gym agency hotel restaurant store shop brand company startup clinic salon school firm business chain saas studio practice bakery cafe nonprofit charity'.split(
    ' ',
  ),
);
const FOR_TAIL = /\bfor\s+(?:an?\s+|the\s+|our\s+|my\s+)?([\p{L}\p{N}][\p{L}\p{N}\s&'-]{2,40})$/u;

/**
 * Who the work is for, when the title says so ("Meta Ads Specialist Needed for Fitness Industry
 * Gym" -> "your fitness industry gym"): said once with the subject, so the opening names the client's
 * business. Null when the title's "for ..." names the work or a project instead.
 */
export function clientQualifier(text: PostText, avoidWords: readonly string[]): string | null {
  for (const segment of text.title.split(BREAK)) {
    const tail = FOR_TAIL.exec(segment.trim())?.[1]?.trim();
    if (tail === undefined) continue;
    const tokens = tail.match(WORD) ?? [];
    if (!tokens.some((token) => BUSINESS_NOUNS.has(fold(token))) || !borrowable(tokens, text, avoidWords)) continue;
    const phrase = sentenceCaseWords(tokens, text).join(' ');
    // The business is the client's own: "your gym", never "a gym" as if it were someone else's.
    return `your ${phrase}`;
  }
  return null;
}
