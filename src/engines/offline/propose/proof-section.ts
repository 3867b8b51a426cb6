/**
 * The proof paragraph: one or two proof items, each tied to what the post asks for through the
 * terms retrieval matched. Only the item's own title, problem, result, metrics and skills are used,
 * so nothing is said about past work that a cited item does not hold.
 */
import type { ProofItem, Tone } from '../../../domain/schemas.ts';
import type { RankedProof } from '../../../domain/ports.ts';
import { findTerms } from '../../../text/text.ts';
import { fold } from '../../../text/fold.ts';
import type { Choose } from './hash.ts';
import type { Piece } from './pieces.ts';
import { REQUIRED } from './pieces.ts';
import { offlineContent } from '../content/load-content.ts';
import { capitalise, fill, frames } from './phrasing.ts';
import { findSurface } from './post-text.ts';
import { isNoise } from './post-terms.ts';
import { plainMetric } from './plain-metric.ts';
import { isSafeText, quotable } from './safe-text.ts';
import { BROAD_NOUNS } from './stopwords.ts';

export interface ProofSectionInput {
  proof: readonly RankedProof[];
  tone: Tone;
  choose: Choose;
  avoidWords: readonly string[];
  /** The post text the draft may echo (instructions removed). */
  postText: string;
  /** The post's listed skills, joined, to rank matched terms. */
  skillsText: string;
  forbidden: ReadonlySet<string>;
  /** How many items to cite at most. */
  maxItems: 1 | 2;
  /** Link prefixes the user allows in proposals (profile.allowedLinks). */
  allowedLinks: readonly string[];
  /** What the draft calls the client's work, for the honest no-proof sentence. */
  subject: string;
}

function usable(term: string, input: ProofSectionInput): boolean {
  return (
    isSafeText(term, input.avoidWords) &&
    !fold(term)
      .split(/\s+/)
      .some((w) => input.forbidden.has(w))
  );
}

// Matched words that are true of almost any job in a domain, so they name no requirement.
const PLAIN_WORDS: ReadonlySet<string> = new Set(
  'store shop stores rate rates fix fixes page pages site steps step first full team month months week weeks set'.split(' '),
);

/**
 * What the item shares with the post, as the post spells it: the item's own skills the post names
 * ("Power BI", "Looker Studio"), then matched phrases; never a multi-word name split into words.
 * Single matched words count only when the post lists them as a skill.
 */
function requirement(ranked: RankedProof, input: ProofSectionInput): string {
  const skills = findTerms(input.postText, ranked.item.skills).filter((skill) => usable(skill, input));
  const listed = (term: string) => findTerms(input.skillsText, [term]).length > 0;
  const terms = ranked.match.matchedTerms
    .filter((term) => !isNoise(term) && !BROAD_NOUNS.has(fold(term)) && !PLAIN_WORDS.has(fold(term)) && usable(term, input))
    .filter((term) => term.includes(' ') || listed(term))
    .map((term) => findSurface(input.postText, term))
    .filter((surface): surface is string => surface !== null);
  const named: string[] = [];
  for (const term of [...skills, ...terms]) {
    if (!named.some((kept) => fold(kept).includes(fold(term)) || fold(term).includes(fold(kept)))) named.push(term);
  }
  return named.slice(0, 2).join(' and ');
}

function titleOf(item: ProofItem, input: ProofSectionInput): string {
  const words = item.title.trim().split(/\s+/).length;
  if (words <= 14 && usable(item.title, input)) return `"${item.title.trim()}"`;
  return `the ${offlineContent().labels.proofKinds[item.kind]} I have on file`;
}

/** The item's metrics in plain words, leaving out any the story already says word for word (`told`). */
function metricsText(item: ProofItem, input: ProofSectionInput, told = ''): string | null {
  const story = fold(told);
  const shown = item.metrics
    .filter((m) => usable(m.label, input) && !/[?!*#`|<>{}[\]@]|https?:/i.test(m.value))
    .map(plainMetric)
    .filter((phrase): phrase is string => phrase !== null && !story.includes(fold(phrase)))
    .slice(0, 2);
  return shown.length === 0 ? null : shown.join(', and ');
}

/**
 * The sentence with its first letter lower-cased for use after a lead-in, unless its first word is a
 * name (spelled with a capital wherever else the item uses it, or with capitals inside: "GA4", "HubSpot").
 */
function lowerFirst(sentence: string, context: string): string {
  const first = (sentence.split(/\s+/)[0] ?? '').replace(/[^\p{L}]/gu, '');
  if (!/^\p{Lu}\p{Ll}*$/u.test(first)) return sentence;
  // A word the item also writes in lower case ("the", "mobile") is an ordinary word, not a name.
  const ordinary = new RegExp(`(?<![\\p{L}])${first.toLowerCase()}(?![\\p{L}])`, 'u').test(`${context} ${sentence.slice(first.length)}`);
  return ordinary || COMMON_STARTS.has(first.toLowerCase()) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}

const COMMON_STARTS: ReadonlySet<string> = new Set('the a an every each all most our their his her its this that these those one two three'.split(' '));

// "Built Zapier flows ...": notes written without a subject read as a form; told, they take "I".
const PAST_VERB = /^(?:\p{Lu}\p{Ll}+ed|Built|Rebuilt|Made|Wrote|Rewrote|Set|Ran|Led|Took|Cut|Put|Found|Drew|Gave|Kept|Brought|Sent|Spent|Shot|Taught|Chose)\b/u;

function firstPerson(approach: string | null): string | null {
  if (approach === null || !PAST_VERB.test(approach)) return approach;
  return `I ${approach.charAt(0).toLowerCase()}${approach.slice(1)}`;
}

/** Problem and result, or approach and result, as the item allows; which one varies by post. */
function storyText(item: ProofItem, input: ProofSectionInput): string | null {
  const { choose } = input;
  const problem = quotable(item.problem, input.avoidWords);
  const approach = firstPerson(quotable(item.approach, input.avoidWords));
  const result = quotable(item.result, input.avoidWords);
  if (result === null) return null;
  const options: string[] = [];
  const resultLower = lowerFirst(result, `${item.problem} ${item.approach} ${item.title}`);
  if (problem !== null) options.push(fill(choose(frames('problemResult')[input.tone], 'problem-result'), { problem, result, resultLower }));
  if (approach !== null) options.push(fill(choose(frames('approachResult')[input.tone], 'approach-result'), { approach, result, resultLower }));
  if (options.length === 0) options.push(result);
  return choose(options, 'story');
}

function bare(link: string): string {
  return link
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '');
}

/** The item's link, only when the user allows links with that prefix in proposals. */
function allowedLink(item: ProofItem, input: ProofSectionInput): string | null {
  const link = item.link?.trim() ?? '';
  if (link.length === 0 || /\s/.test(link)) return null;
  const allowed = input.allowedLinks.map(bare).filter((prefix) => prefix.length > 0);
  return allowed.some((prefix) => bare(link).startsWith(prefix)) ? link : null;
}

function firstItemPieces(ranked: RankedProof, input: ProofSectionInput): Piece[] {
  const { item } = ranked;
  const { tone, choose } = input;
  const req = requirement(ranked, input);
  const title = titleOf(item, input);
  const leadFrame = req.length > 0 ? choose(frames('proofLead')[tone], 'proof-lead') : choose(frames('proofLeadPlain')[tone], 'proof-lead');
  const pieces: Piece[] = [{ paragraph: 1, order: 0, priority: REQUIRED, cites: item.id, text: capitalise(fill(leadFrame, { title, req })) }];
  const story = storyText(item, input);
  const metrics = metricsText(item, input, story ?? '');
  // The figures say more in fewer words than the story, so the story is the first to go when space
  // is short, unless it is where the figures are said.
  const saysFigures = metrics === null && metricsText(item, input) !== null;
  if (story !== null) pieces.push({ paragraph: 1, order: 1, priority: saysFigures ? 1 : 4, text: story });
  if (metrics !== null) {
    pieces.push({ paragraph: 1, order: 2, priority: 1, text: fill(choose(frames('metrics')[tone], 'metrics'), { metrics }) });
  }
  const link = allowedLink(item, input);
  if (link !== null) pieces.push({ paragraph: 1, order: 4, priority: 3, text: `You can see it at ${link}.` });
  return pieces;
}

function secondItemPiece(ranked: RankedProof, input: ProofSectionInput): Piece | null {
  const req = requirement(ranked, input);
  if (req.length === 0) return null;
  const title = titleOf(ranked.item, input);
  const { choose } = input;
  const lead = capitalise(fill(choose(frames('secondProof')[input.tone], 'second-proof'), { title, req }));
  const metrics = metricsText(ranked.item, input);
  const text = metrics === null ? lead : `${lead} ${fill(choose(frames('metrics')[input.tone], 'metrics-2'), { metrics })}`;
  return { paragraph: 1, order: 5, priority: 3, cites: ranked.item.id, text };
}

/** Proof pieces for the draft, or the plain no-proof statement when nothing relevant is on file. */
export function proofPieces(input: ProofSectionInput): Piece[] {
  const relevant = input.proof.filter((ranked) => ranked.match.score > 0);
  const [first, second] = relevant;
  if (first === undefined) {
    return [{ paragraph: 1, order: 0, priority: REQUIRED, text: fill(input.choose(frames('noProof')[input.tone], 'no-proof'), { subject: input.subject }) }];
  }
  const pieces = firstItemPieces(first, input);
  if (second !== undefined && input.maxItems > 1) {
    const piece = secondItemPiece(second, input);
    if (piece !== null) pieces.push(piece);
  }
  return pieces;
}
