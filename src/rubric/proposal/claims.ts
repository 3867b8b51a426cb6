/**
 * Claims about the freelancer's past work: first-person past tense ("I built", "I've led") and
 * phrases that point at earlier engagements ("for a client", "in a recent project").
 */
import { sentences } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';

/** Verbs that, after "I" / "I've", claim something done before. */
export const PAST_VERBS: readonly string[] = [
  'built',
  'led',
  'helped',
  'delivered',
  'reduced',
  'cut',
  'saved',
  'grew',
  'increased',
  'improved',
  'launched',
  'shipped',
  'migrated',
  'automated',
  'designed',
  'developed',
  'created',
  'implemented',
  'rebuilt',
  'redesigned',
  'wrote',
  'written',
  'managed',
  'ran',
  'scaled',
  'fixed',
  'optimized',
  'optimised',
  'worked',
  'handled',
  'completed',
  'doubled',
  'tripled',
  'raised',
  'boosted',
  'lowered',
  'integrated',
  'set up',
  'audited',
  'cleaned',
  'trained',
  'produced',
  'edited',
  'translated',
  'rewrote',
  'reviewed',
  'analysed',
  'analyzed',
  'refactored',
  'deployed',
];

// "I built", "I've built", "I have built", "I also built", "I recently built"; not "I'd build".
const FIRST_PERSON_PAST = new RegExp(
  `\\bi(?:'ve|\\s+have)?(?:\\s+(?:also|recently|previously|once|already|just))?\\s+(?:${PAST_VERBS.join('|').replace(/ /g, '\\s+')})\\b`,
  'giu',
);

// Work done for this application, not before it: "I reviewed your post", "I worked through your
// brief", "I cleaned up the sample you sent", "I've written two subject lines below".
const FOR_THIS_POST = [
  /^\s{0,3}(?:(?:up|through|over|out|back)\s{1,3})?(?:your|you)\b/u,
  /^[^.!?]{0,40}\b(?:you|your team)\s(?:sent|attached|shared|posted|provided|gave|uploaded|linked)\b/u,
  /\b(?:below|above|here)\s{0,3}[.:!]?\s{0,3}$/u,
];
// A claim's clause ends at a comma, a semicolon or the next "and" / "but"; only so much of it is
// read, so a sentence of many "I built"s costs linear time.
const CLAUSE_END = /[,;]|\b(?:and|but)\b/u;
const MAX_CLAUSE_CHARS = 200;

/** True when some "I built ..." in the sentence is about earlier work rather than this application. */
function claimsPastWork(flat: string): boolean {
  for (const match of flat.matchAll(FIRST_PERSON_PAST)) {
    const start = match.index + match[0].length;
    const rest = flat.slice(start, start + MAX_CLAUSE_CHARS);
    const clause = rest.split(CLAUSE_END, 1)[0] ?? rest;
    if (!FOR_THIS_POST.some((pattern) => pattern.test(clause))) return true;
  }
  return false;
}

const ENGAGEMENT_PHRASES =
  /\b(?:in a (?:recent|previous|past|similar) (?:project|role|engagement|contract)|for a (?:client|customer)\b|my (?:last|previous|past|recent) (?:client|project|role|employer)|a (?:past|previous|former) client|one of my clients)/iu;

/** The sentences of `text` that claim past work. */
export function claimSentences(text: string): string[] {
  return sentences(text).filter((sentence) => {
    const flat = fold(sentence);
    return claimsPastWork(flat) || ENGAGEMENT_PHRASES.test(flat);
  });
}
