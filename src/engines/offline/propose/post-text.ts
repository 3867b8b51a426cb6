/**
 * The parts of a job post the drafter may borrow words from. Client instructions (secret words,
 * "start with", text aimed at an AI) are cut out first, so no term the draft echoes comes from them.
 */
import { aimedAtAi } from '../../../domain/instruction-purpose.ts';
import type { ParsedJobPost } from '../../../domain/schemas.ts';
import { escapeRegExp, words } from '../../../text/text.ts';
import { fold } from '../../../text/fold.ts';
import { offlineContent } from '../content/load-content.ts';
import { BROAD_NOUNS, HEAD_NOUNS, ROLE_WORDS } from './stopwords.ts';

const ORDINARY = [HEAD_NOUNS, BROAD_NOUNS];

export interface PostText {
  title: string;
  description: string;
  skills: string[];
  /** Lower-case words the draft must never echo: the words a client instruction asks for. */
  forbidden: ReadonlySet<string>;
  /** The same fields folded for matching (case, quotes, dashes), computed once per post. */
  folded: { title: string; description: string; skills: string[] };
}

function stripInstructions(text: string, post: ParsedJobPost): string {
  let out = text;
  for (const instruction of post.instructions) {
    const needle = instruction.text.trim();
    if (needle.length > 0) out = out.split(needle).join(' ');
  }
  return out;
}

// A skill is a short name ("Power BI"); page chrome that leaked into the list ("Proposals: 20 to 50") is not.
function isSkillLike(skill: string): boolean {
  return skill.length <= 40 && !/[:|]/.test(skill) && words(skill).length <= 4 && !/\d{2,}/.test(skill);
}

/** The post's title, description and skills with client instructions removed. */
export function postText(post: ParsedJobPost): PostText {
  const forbidden = new Set<string>();
  for (const instruction of post.instructions) {
    // Everything a line aimed at an AI says is off limits; for the others only the requested word is.
    const source = aimedAtAi(instruction) ? `${instruction.text} ${instruction.value ?? ''}` : (instruction.value ?? '');
    for (const word of words(source)) forbidden.add(word);
  }
  const title = stripInstructions(post.facts.title ?? '', post);
  const body = post.facts.description.trim().length > 0 ? post.facts.description : post.text;
  const description = stripInstructions(body, post);
  const skills = post.facts.skills.filter((skill) => isSkillLike(skill) && !words(skill).some((w) => forbidden.has(w)));
  return {
    title,
    description,
    skills,
    forbidden,
    folded: { title: fold(title), description: fold(description), skills: skills.map(fold) },
  };
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Where `phrase` (already folded) occurs in `folded` as a whole word or phrase, by the rubric's
 * rule: not inside a longer word, and not part of a hyphenated compound. -1 when it does not.
 */
function phraseIndex(folded: string, phrase: string): number {
  if (phrase.length === 0) return -1;
  for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
    const before = folded[at - 1] ?? ' ';
    const beforeThat = folded[at - 2] ?? ' ';
    const after = folded[at + phrase.length] ?? ' ';
    const afterThat = folded[at + phrase.length + 1] ?? ' ';
    const openStart = !WORD_CHAR.test(before) && !(before === '-' && LETTER_OR_DIGIT.test(beforeThat));
    const openEnd = !WORD_CHAR.test(after) && !(after === '-' && LETTER_OR_DIGIT.test(afterThat));
    if (openStart && openEnd) return at;
  }
  return -1;
}

/**
 * `phrase` as `text` spells it (same case), or null when it does not occur as a whole word or
 * phrase. A plural "s"/"es" on the text's side also counts. Pass `folded` when already computed.
 * `singular` returns a plural match without its ending, for use as a modifier ("cart work").
 */
export function findSurface(text: string, phrase: string, folded = fold(text), singular = false): string | null {
  const base = fold(phrase).trim().replace(/\s+/g, ' ');
  const flat = folded.replace(/\s/g, ' ');
  for (const variant of [base, `${base}s`, `${base}es`]) {
    const at = phraseIndex(flat, variant);
    if (at < 0) continue;
    // With `singular`, a plural match is returned without its ending ("carts" -> "cart").
    const length = singular ? base.length : variant.length;
    return folded.length === text.length ? text.slice(at, at + length) : variant.slice(0, length);
  }
  return null;
}

/**
 * How a word should be cased mid-sentence: acronyms and mixed case ("SEO", "WooCommerce") stay;
 * a hyphenated or slashed word is cased part by part ("On-Camera" -> "on-camera"); a capitalised word stays
 * when the description capitalises it mid-sentence and never writes it in lower case (a name such
 * as "Fabric"), or when it is a platform the insights know by name ("Shopify") and the client does
 * not write it in lower case only; title-case words from a title ("Critical Project") are lower-cased.
 */
export function sentenceCase(word: string, source: PostText): string {
  if (/^[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+$/u.test(word)) {
    // "AI-Powered", "UI/UX": acronyms stay; the title-case parts are lower-cased together or not at all.
    const parts = word.split(/([-/])/);
    const titled = (part: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(part);
    const lower = parts.some((part) => titled(part) && casePart(part, source) !== part);
    return parts.map((part) => (lower && titled(part) ? part.toLowerCase() : part)).join('');
  }
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? casePart(word, source) : word;
}

function casePart(word: string, source: PostText): string {
  const pattern = wholeWord(word, 'giu');
  let lowerSeen = false;
  let nameSeen = false;
  for (const match of source.description.matchAll(pattern)) {
    if (match[0] === match[0].toLowerCase()) {
      lowerSeen = true;
      continue;
    }
    const before = source.description.slice(Math.max(0, match.index - 4), match.index);
    // A capital after a sentence or line start proves nothing; one mid-sentence marks a name.
    if (!/(?:^|[.!?:;\n*#-])\s*["'(]?$/u.test(before)) nameSeen = true;
  }
  const lower = word.toLowerCase();
  // "Pinterest Advertising Specialist" in a sentence, "advertising campaigns" in another: a common
  // noun capitalised as part of a job title, however often the title is repeated.
  if ((lowerSeen && ORDINARY.some((list) => list.has(lower))) || ROLE_WORDS.has(lower)) return lower;
  if (platformNames().has(lower)) return lowerSeen && !nameSeen ? lower : word;
  // "Sourcing Specialist" in a sentence and "our sourcing operation" elsewhere: an ordinary word.
  return nameSeen && !lowerSeen ? word : lower;
}

/** True when `text` holds `phrase` as written, case and all, as whole words. */
function writes(text: string, phrase: string): boolean {
  return wholeWord(phrase, 'u').test(text);
}

/** `phrase` as a pattern that matches it only as whole words (not inside "Shopify2" or "ads"). */
function wholeWord(phrase: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, flags);
}

/**
 * The words of a phrase in sentence case, word by word, except that a word beside an acronym keeps
 * its capital ("Power BI", "Google BI" are one name) unless the client writes the pair with it in
 * lower case ("EDI mapping").
 */
export function sentenceCaseWords(words: readonly string[], source: PostText): string[] {
  const acronym = (word: string | undefined) => word !== undefined && /^\p{Lu}{2,}$/u.test(word);
  return words.map((word, i) => {
    const before = words[i - 1];
    const after = words[i + 1];
    if (!acronym(before) && !acronym(after)) return sentenceCase(word, source);
    const lower = word.toLowerCase();
    const pairs = [acronym(before) ? `${before} ${lower}` : null, acronym(after) ? `${lower} ${after}` : null];
    return pairs.some((pair) => pair !== null && writes(source.description, pair)) ? lower : word;
  });
}

/** A phrase in sentence case by the same rule ("Power BI dashboard", "Shopify store"). */
export function sentenceCasePhrase(phrase: string, source: PostText): string {
  return sentenceCaseWords(phrase.split(/\s+/), source).join(' ');
}

let platforms: { from: unknown; names: ReadonlySet<string> } | null = null;

/** Single-word insight triggers: mostly platform and tool names ("shopify", "youtube", "hubspot"). */
function platformNames(): ReadonlySet<string> {
  const { insights } = offlineContent().insights;
  if (platforms?.from !== insights) {
    const names = insights.flatMap((entry) => entry.triggers.filter((trigger) => !/\s/.test(trigger)));
    platforms = { from: insights, names: new Set(names) };
  }
  return platforms.names;
}
