/**
 * The proof behind a screening answer: among the items retrieval handed over for this post, the
 * one that shares the most topic words with the question, told in one plain sentence (its title
 * and its result). The words of asking ("examples", "portfolio", "worked") are not a topic.
 */
import type { RankedProof } from '../../../domain/ports.ts';
import type { Profile } from '../../../domain/schemas.ts';
import { fold } from '../../../text/fold.ts';
import { termStems } from '../../../text/terms.ts';
import { isSafeText, quotable } from './safe-text.ts';

const ASKING = termStems(
  'examples example samples sample portfolio portfolios links link urls projects project previous past showcasing showcase worked working work experience experienced familiar comfortable share send provide submit include attach please proposal done built used handled chat talk let',
);

/** The question's topic words: what the proof must be about. */
function topicOf(question: string): Set<string> {
  return new Set([...termStems(question)].filter((key) => !ASKING.has(key)));
}

function overlap(topic: ReadonlySet<string>, ranked: RankedProof): number {
  const { item } = ranked;
  const have = termStems([item.title, item.problem, item.approach, item.result, item.skills.join(' ')].join(' '));
  return [...topic].filter((key) => have.has(key)).length;
}

/**
 * The allowed items about `topic`, most shared words first (retrieval's order breaks ties). An
 * empty topic ("Please send your portfolio") takes retrieval's own order: every item it handed
 * over is already evidence for this post.
 */
function proofFor(topic: ReadonlySet<string>, proof: readonly RankedProof[], allowed: (id: string) => boolean): RankedProof[] {
  const open = proof.filter((ranked) => allowed(ranked.item.id));
  if (topic.size === 0) return open;
  return open
    .map((ranked, index) => ({ ranked, index, score: overlap(topic, ranked) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.ranked);
}

/**
 * `text` with a capital first letter lowered so it can follow other words; acronyms ("GA4"), "I"
 * and the names in `names` ("Shopify stores ...") keep theirs.
 */
export function lowerFirst(text: string, names: readonly string[] = []): string {
  if (!/^\p{Lu}(?:\p{Ll}|\s)/u.test(text) || /^I\b/u.test(text)) return text;
  const first = fold(text.split(/\s/u)[0] ?? '');
  if (names.some((name) => fold(name) === first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The item's title in quotes, or null when it cannot be quoted safely. */
function quotedTitle(ranked: RankedProof, avoidWords: readonly string[]): string | null {
  const title = ranked.item.title.trim();
  return isSafeText(title, avoidWords) ? `"${title}"` : null;
}

/**
 * One sentence naming the item and what came of it: `"Title": the result.` after `lead`
 * ("Yes, for example", "The closest piece of my work is"). Null when the title cannot be quoted.
 */
export function proofSentence(lead: string, ranked: RankedProof, avoidWords: readonly string[]): string | null {
  const title = quotedTitle(ranked, avoidWords);
  if (title === null) return null;
  const result = quotable(ranked.item.result, avoidWords, 30);
  return result === null ? `${lead} ${title}.` : `${lead} ${title}: ${lowerFirst(result, ranked.item.skills)}`;
}

/**
 * The item's sentence followed by what was done there ("There I made Airtable the single stock
 * list ..."), for questions about how: the approach is the substance. Testimonials and
 * credentials have no approach of the freelancer's own to tell.
 */
export function proofStory(lead: string, ranked: RankedProof, avoidWords: readonly string[]): string | null {
  const told = proofSentence(lead, ranked, avoidWords);
  if (told === null) return null;
  const { kind, approach, skills } = ranked.item;
  const how = kind === 'case_study' || kind === 'portfolio' ? quotable(approach, avoidWords, 40) : null;
  return how === null ? told : `${told} There I ${lowerFirst(how, skills)}`;
}

/** What choosing proof for the answers needs; `cites` grows as answers cite items. */
export interface Answering {
  proof: readonly RankedProof[];
  profile: Profile;
  /** Proof ids the cover letter already cites; preferred so the answers stay consistent with it. */
  cited: readonly string[];
  /** How many distinct proof ids the draft may cite in all. */
  maxCitations: number;
  /** Proof ids the answers so far cite. */
  cites: string[];
}

/** The items an answer may cite about the question: those already cited first, then others while the draft has room. */
export function citableProof(question: string, answering: Answering): RankedProof[] {
  const used = new Set([...answering.cited, ...answering.cites]);
  const topic = topicOf(question);
  const already = proofFor(topic, answering.proof, (id) => used.has(id));
  const more = used.size < answering.maxCitations ? proofFor(topic, answering.proof, (id) => !used.has(id)) : [];
  return [...already, ...more];
}

/** Records that an answer cites `ranked`. */
export function cite(ranked: RankedProof, answering: Answering): void {
  if (!answering.cites.includes(ranked.item.id)) answering.cites.push(ranked.item.id);
}
