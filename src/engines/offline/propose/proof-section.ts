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
}

function usable(term: string, input: ProofSectionInput): boolean {
  return (
    isSafeText(term, input.avoidWords) &&
    !fold(term)
      .split(/\s+/)
      .some((w) => input.forbidden.has(w))
  );
}

/** Up to two matched terms that the post itself contains, joined with "and". */
// Matched words that are true of almost any job in a domain, so they name no requirement.
const PLAIN_WORDS: ReadonlySet<string> = new Set(
  'store shop stores rate rates fix fixes page pages site steps step first full team month months week weeks set'.split(' '),
);

/**
 * Up to two matched terms, spelled as the post spells them ("Shopify", not "shopify"), skipping
 * words too plain to name a requirement ("store", "rate"); the post's listed skills come first.
 */
function requirement(ranked: RankedProof, input: ProofSectionInput): string {
  const surfaces = ranked.match.matchedTerms
    .filter((term) => !isNoise(term) && !BROAD_NOUNS.has(fold(term)) && !PLAIN_WORDS.has(fold(term)) && usable(term, input))
    .map((term) => findSurface(input.postText, term))
    .filter((surface): surface is string => surface !== null);
  const skillFirst = [...new Set(surfaces)].sort(
    (a, b) => Number(findTerms(input.skillsText, [b]).length > 0) - Number(findTerms(input.skillsText, [a]).length > 0),
  );
  return skillFirst.slice(0, 2).join(' and ');
}

function titleOf(item: ProofItem, input: ProofSectionInput): string {
  const words = item.title.trim().split(/\s+/).length;
  if (words <= 14 && usable(item.title, input)) return `"${item.title.trim()}"`;
  return `the ${offlineContent().labels.proofKinds[item.kind]} I have on file`;
}

function metricsText(item: ProofItem, input: ProofSectionInput): string | null {
  const shown = item.metrics
    .filter((m) => usable(m.label, input) && !/[?!*#`|<>{}[\]@]|https?:/i.test(m.value))
    .slice(0, 2)
    .map((m) => `${m.label.trim()} (${m.value.trim()})`);
  return shown.length === 0 ? null : shown.join(' and ');
}

function skillsText(item: ProofItem, input: ProofSectionInput): string | null {
  const shared = findTerms(input.postText, item.skills)
    .filter((s) => usable(s, input))
    .slice(0, 2);
  return shared.length === 0 ? null : shared.join(' and ');
}

/** Problem and result, or approach and result, as the item allows; which one varies by post. */
function storyText(item: ProofItem, input: ProofSectionInput): string | null {
  const { choose } = input;
  const problem = quotable(item.problem, input.avoidWords);
  const approach = quotable(item.approach, input.avoidWords);
  const result = quotable(item.result, input.avoidWords);
  if (result === null) return null;
  const options: string[] = [];
  if (problem !== null) options.push(fill(choose(frames('problemResult')[input.tone], 'problem-result'), { problem, result }));
  if (approach !== null) options.push(fill(choose(frames('approachResult')[input.tone], 'approach-result'), { approach, result }));
  if (options.length === 0) options.push(`The result: ${result}`);
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
  if (story !== null) pieces.push({ paragraph: 1, order: 1, priority: 2, text: story });
  const metrics = metricsText(item, input);
  if (metrics !== null) {
    pieces.push({ paragraph: 1, order: 2, priority: 1, text: fill(choose(frames('metrics')[tone], 'metrics'), { metrics }) });
  }
  const link = allowedLink(item, input);
  if (link !== null) pieces.push({ paragraph: 1, order: 4, priority: 3, text: `You can see it at ${link}.` });
  const skills = skillsText(item, input);
  if (skills !== null) {
    pieces.push({ paragraph: 1, order: 3, priority: 4, slot: 'proof-skills', text: fill(choose(frames('proofSkills')[tone], 'proof-skills'), { skills }) });
  }
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
    return [{ paragraph: 1, order: 0, priority: REQUIRED, text: input.choose(frames('noProof')[input.tone], 'no-proof') }];
  }
  const pieces = firstItemPieces(first, input);
  if (second !== undefined && input.maxItems > 1) {
    const piece = secondItemPiece(second, input);
    if (piece !== null) pieces.push(piece);
  }
  return pieces;
}
