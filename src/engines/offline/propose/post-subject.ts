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
import { BROAD_NOUNS, HEAD_NOUNS, LEADING_VERBS, ROLE_WORDS } from './stopwords.ts';

const MAX_SUBJECT_WORDS = 5;
const MAX_SUBJECT_CHARS = 42;
const BREAK = /[,:;()|!?\n\u2013\u2014]|\s-\s|\.\s/;

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
    for (const token of segment.match(WORD) ?? []) {
      if (isBreaker(token)) {
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

function shorten(run: string[]): string[] {
  let out = run;
  while (out.length > 1 && (wordCount(out) > MAX_SUBJECT_WORDS || out.join(' ').length > MAX_SUBJECT_CHARS)) {
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

function mentions(phrase: string, hint: string): boolean {
  const a = fold(phrase);
  const b = fold(hint);
  return b.length > 1 && (a.includes(b) || (a.length > 4 && b.includes(a)));
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
    .map(shorten)
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
