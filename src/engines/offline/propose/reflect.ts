/**
 * One sentence of the client's own description, turned round to address them ("our checkout loses
 * people" -> "your checkout loses people"). It shows the post was read, in the client's own terms.
 */
import { setsTerms } from '../../../parse/sets-terms.ts';
import { fold } from '../../../text/fold.ts';
import type { PostText } from './post-text.ts';
import { isSafeText } from './safe-text.ts';
import { countKeys, phraseKey, wordRuns } from './word-index.ts';

const MIN_WORDS = 6;
const MAX_WORDS = 26;

// Sentences about the applicant or the hiring process say nothing about the client's problem.
const SKIP_START =
  /^(?:please|must|apply|applicants?|candidates?|the ideal|ideal|you|your|if you|only|do not|don't|note|thanks|thank|looking forward|we are looking|we're looking|i am looking|i'm looking|we are seeking|we're seeking|seeking|looking for|send|share|include|requirements?|responsibilities|skills|experience|budget|bonus|to apply|when applying|in your)\b/i;
const MENTIONS_APPLICANT =
  /\b(?:you|your|yours|freelancers?|candidates?|applicants?|proposals?|hire|hiring|someone|somebody|expert|experts|specialist|professional|consultant|developer|designer|writer|assistant|engineer|manager|looking for|seeking|on the hunt|on the lookout|join)\b/i;
// "We are a leading global packaging company ...": the client's pitch about itself, not its problem;
// said back to them it reads as filler.
const SELF_DESCRIPTION = /^(?:we|i)(?:'re|'m| are| am)\s+(?:a|an|the|one of)\b/i;
// A statement about the client's situation starts with who or what it is about, not with a verb.
const STATEMENT_START =
  /^(?:we|we're|we've|we'd|our|i|i'm|i've|my|currently|right now|at the moment|at present|today|the|this|these|those|each|every|most|many|some|it|there|half|all)\b/i;
// A leading heading ("Job Overview: ...") is page structure, not the client's words about the problem.
const HEADING = /^(?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+:\s+/u;
const PROBLEM_WORDS = [
  'but',
  'problem',
  'issue',
  'issues',
  'slow',
  'broken',
  'lose',
  'loses',
  'losing',
  'abandon',
  'manual',
  'manually',
  'mess',
  'messy',
  'error',
  'errors',
  'struggle',
  'hard',
  'difficult',
  'currently',
  'today',
  'right now',
  'keep',
  'never',
  'without',
  'instead',
  'each',
  'every',
];

const PROBLEM_KEYS: ReadonlySet<string> = new Set(PROBLEM_WORDS.map(phraseKey));

const SWAPS: readonly [RegExp, string][] = [
  [/\bI am\b/g, 'you are'],
  [/\bI'm\b/g, "you're"],
  [/\bI have\b/g, 'you have'],
  [/\bI've\b/g, "you've"],
  [/\bI was\b/g, 'you were'],
  [/\bI'll\b/g, "you'll"],
  [/\bI'd\b/g, "you'd"],
  [/\bI\b/g, 'you'],
  [/\b[Ww]e are\b/g, 'you are'],
  [/\b[Ww]e're\b/g, "you're"],
  [/\b[Ww]e've\b/g, "you've"],
  [/\b[Ww]e'll\b/g, "you'll"],
  [/\b[Ww]e'd\b/g, "you'd"],
  [/\b[Ww]e\b/g, 'you'],
  [/\b[Oo]urselves\b/g, 'yourselves'],
  [/\b[Oo]urs\b/g, 'yours'],
  [/\b[Oo]ur\b/g, 'your'],
  [/\bus\b/g, 'you'],
  [/\b[Mm]yself\b/g, 'yourself'],
  [/\b[Mm]y\b/g, 'your'],
  [/\bme\b/g, 'you'],
];

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\r?\n+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

/** A sentence of the client's turned to address them ("our audience" -> "your audience"). */
export function turnAround(sentence: string): string {
  let out = sentence;
  for (const [pattern, replacement] of SWAPS) out = out.replace(pattern, replacement);
  return out;
}

/** The description sentence that best states the client's situation, addressed to them, or null. */
export function reflectSentence(text: PostText, keyTerms: readonly string[], avoidWords: readonly string[]): string | null {
  const termKeys = new Set(keyTerms.map(phraseKey));
  let best: { sentence: string; score: number } | null = null;
  for (const raw of splitSentences(text.description)) {
    if (!raw.endsWith('.')) continue;
    const body = raw
      .slice(0, -1)
      .replace(HEADING, '')
      .replace(/[\u2018\u2019]/g, "'");
    if (!STATEMENT_START.test(body)) continue;
    const count = body.split(/\s+/).length;
    if (count < MIN_WORDS || count > MAX_WORDS) continue;
    if (SKIP_START.test(body) || MENTIONS_APPLICANT.test(body) || SELF_DESCRIPTION.test(body) || !isSafeText(body, avoidWords)) continue;
    // An instruction, a rule for applicants or a condition such as an unpaid trial, said back, reads as agreed.
    if (setsTerms(raw)) continue;
    if (!/\b(?:we|our|us|i|my)\b/i.test(body)) continue;
    if (
      fold(body)
        .split(/[^\p{L}\p{N}'-]+/u)
        .some((w) => text.forbidden.has(w))
    )
      continue;
    const runs = wordRuns(body);
    const score = countKeys(runs, termKeys) * 2 + countKeys(runs, PROBLEM_KEYS);
    if (score > 0 && (best === null || score > best.score)) best = { sentence: body, score };
  }
  if (best === null) return null;
  const turned = turnAround(best.sentence);
  // Lower-case the first letter only when it is now "You"/"Your" or an ordinary word, not a name.
  const first = turned.split(/\s+/)[0] ?? '';
  const lower = /^(?:You|Your|The|This|That|These|Those|It|Its|Most|Some|Each|Every|Right|Currently|Today|At|In|On|For|All)$/.test(first);
  return lower ? turned.charAt(0).toLowerCase() + turned.slice(1) : turned;
}
