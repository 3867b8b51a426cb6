/**
 * What a screening question or request asks for, read from its words. The kind decides where the
 * answer can come from: the profile (rate, introduction), the proof (examples, experience), the
 * approach, or only the freelancer (a personal question, availability, a resume): a gap to fill.
 */
import { asksForFact } from '../../../rubric/proposal/screening-substance.ts';
import { fold } from '../../../text/fold.ts';

export type QuestionKind =
  | 'list-intro'
  | 'personal'
  | 'introduction'
  | 'cover-note'
  | 'attachment'
  | 'availability'
  | 'rate'
  | 'timeline'
  | 'samples'
  | 'yes-no'
  | 'record'
  | 'approach'
  | 'open';

// Checked in this order: the first that matches decides. Patterns run on folded text.
const KINDS: readonly (readonly [QuestionKind, RegExp])[] = [
  // "Please answer these in your proposal.": the line that introduces the questions, read as one of them.
  ['list-intro', /^\W{0,5}(?:please\s+)?answer\s+(?:these|the following|the questions|all(?: of)? (?:these|the questions))\b[^?]{0,60}$/u],
  [
    'personal',
    /\b(?:travel(?:l?ed)?|favou?rite|hobb(?:y|ies)|fun fact|weekend|free time|pets?|why do you want|what (?:do|did) you (?:like|enjoy|love)|what motivates you|your (?:dream|passion|personality))\b/u,
  ],
  ['introduction', /\b(?:introduc(?:e|tion)|about (?:yourself|you)\b|who you are)\b/u],
  ['cover-note', /\bcover (?:note|letter)\b/u],
  ['attachment', /\b(?:resume|cv|linkedin|headshot|id card)\b/u],
  [
    'availability',
    /\b(?:availab(?:le|ility)|time ?zone|hours (?:per|a|each) (?:week|day)|when (?:can|could) you start|start date|(?:est|pst|cst|gmt|utc|cet)\b)/u,
  ],
  // "Your rate" and "how much do you charge", not "conversion rate" or "cost per lead".
  [
    'rate',
    /\b(?:your (?:[a-z]{1,12} ){0,2}(?:rates?|price|pricing|fees?|quote|salary)|(?:what|how much) (?:do|would|will) you charge|(?:hourly|fixed|project) (?:rate|price|fee)|(?:a|expected) (?:quote|salary|compensation))\b/u,
  ],
  ['timeline', /\b(?:how long|how soon|how quickly|timeline|deadline|turnaround|eta|time frame|timeframe)\b/u],
  ['samples', /\b(?:links?|portfolio|samples?|examples?|demos?|case stud(?:y|ies)|urls?|videos? of)\b/u],
];
const WOULD_YOU = /^\W{0,5}(?:would|will)\s+you\b/u;
const YES_NO = /^\W{0,5}(?:have|has|did|do|does|are|were|is|can|could|will|would)\s+you\b/u;
const APPROACH =
  /\b(?:how (?:would|will|do|did) you|what (?:would|will) you|which\b.{0,60}\bwould you|your (?:approach|process|plan|strategy|method)|where would you start|first step)\b/u;

/** The kind of answer `question` asks for. */
export function questionKind(question: string): QuestionKind {
  const flat = fold(question);
  for (const [kind, pattern] of KINDS) if (pattern.test(flat)) return kind;
  // "Would you use Make or Zapier?" asks what they would do, not what they have done.
  if (WOULD_YOU.test(flat)) return 'approach';
  if (YES_NO.test(flat)) return 'yes-no';
  if (APPROACH.test(flat)) return 'approach';
  return asksForFact(question) ? 'record' : 'open';
}
