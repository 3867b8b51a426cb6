/**
 * Which proof is evidence for a query. BM25 ranks by shared words, and a shared word can be
 * incidental: "track" from "a proven track record", "lead" from "Senior/Lead", "models" in "3D
 * models" against a churn model. An item is evidence for a query when
 *
 * - one of its skills appears whole in the query ("Google Analytics", "Shopify"), unless that skill
 *   is a single generic or broad word ("Automation"); or
 * - a word the query leads with (a post's title and listed skills; all of a free-text query) is also
 *   in the item's title or skills, and is specific: not generic, not broad (BROAD_TERMS).
 *
 * The words reported as matched are the meaningful ones: specific words the query shares with the
 * item's title or skills, and the words of skills found whole. Words found only in an item's story
 * still add to its score but are not shown as the reason it matched.
 */
import type { ProofItem } from '../domain/schemas.ts';
import { stem, termKey, termTokens } from '../text/terms.ts';
import { GENERIC_STEMS } from './analyze.ts';
import { BROAD_TERMS } from './evidence-words.ts';

/** Stems that never make an item evidence on their own: the generic and the broad words. */
export const WEAK_STEMS: ReadonlySet<string> = new Set([...GENERIC_STEMS, ...BROAD_TERMS.map((word) => stem(word))]);

/** Never a token (tokens hold letters and digits): keeps a skill from matching across two fields. */
export const FIELD_BREAK = '\n';

/** Where a query's text sits, and its kind of work. Without it, the whole query counts as its title. */
export interface QueryLayout {
  /** Positions before this are the title; from `bodyStart` on, the description; between, the skill tags. */
  titleEnd: number;
  bodyStart: number;
  /** The query's kind of work (an id from src/text/work-kinds.json), or null when unclear. */
  domain: string | null;
  /** The cues that named that kind. */
  cues: ReadonlySet<string>;
  /** When the kind is unclear, the kind the query's few cues point to. */
  leaning: string | null;
  /** The tool the job is about, as the title names it first ("Intercom Setup ... for HubSpot"): its stems and its name; null when none. */
  object: { stems: readonly string[]; name: string } | null;
}

/** What a query offers as evidence: the terms it leads with, its whole text as stems, and its layout. */
export interface QueryEvidence extends QueryLayout {
  /** Index terms (see termKey) of the query's lead. */
  lead: ReadonlySet<string>;
  /** The query's tokens, stemmed, in order; FIELD_BREAK between fields. */
  stems: readonly string[];
  /** Where each stem occurs in `stems`. */
  positions: ReadonlyMap<string, readonly number[]>;
}

/** What an item offers as evidence: the terms of its title and skills, and each specific skill as stems. */
export interface ItemLead {
  terms: readonly string[];
  skills: readonly (readonly string[])[];
}

/** The evidence a query offers, from its lead tokens and all of its tokens (FIELD_BREAK between fields). */
export function queryEvidence(leadTokens: readonly string[], bodyTokens: readonly string[], layout?: QueryLayout): QueryEvidence {
  const lead = new Set<string>();
  for (const token of leadTokens) {
    const term = termKey(token);
    if (term !== null) lead.add(term);
  }
  const stems = bodyTokens.map((token) => (token === FIELD_BREAK ? token : stem(token)));
  const positions = new Map<string, number[]>();
  stems.forEach((value, at) => {
    const list = positions.get(value);
    if (list === undefined) positions.set(value, [at]);
    else list.push(at);
  });
  return {
    lead,
    stems,
    positions,
    ...(layout ?? { titleEnd: stems.length, bodyStart: stems.length, domain: null, cues: new Set<string>(), leaning: null, object: null }),
  };
}

/** A skill names a kind of work unless it is one generic or broad word ("Automation", "Data"). */
function specificSkill(stems: readonly string[], tokens: readonly string[]): boolean {
  if (stems.length !== 1) return stems.length > 1;
  const term = termKey(tokens[0] as string);
  return term !== null && !WEAK_STEMS.has(term);
}

/** The item's lead: the index terms of its title and skills, and its specific skills as stems. */
export function itemLead(item: ProofItem): ItemLead {
  const terms = new Set<string>();
  for (const token of termTokens([item.title, ...(item.skills ?? [])].join('\n'))) {
    const term = termKey(token);
    if (term !== null) terms.add(term);
  }
  const skills: string[][] = [];
  for (const skill of item.skills ?? []) {
    const tokens = termTokens(skill);
    const stems = tokens.map((token) => stem(token));
    if (specificSkill(stems, tokens)) skills.push(stems);
  }
  return { terms: [...terms], skills };
}

function containsRun(query: QueryEvidence, run: readonly string[]): boolean {
  const starts = query.positions.get(run[0] as string) ?? [];
  return starts.some((start) => run.every((value, offset) => query.stems[start + offset] === value));
}

/**
 * The meaningful stems an item shares with a query (`queryTerms`: the query's index terms), or null
 * when the item is not evidence for the query (see the module comment).
 */
export function evidenceTerms(item: ItemLead, queryTerms: ReadonlySet<string>, query: QueryEvidence): Set<string> | null {
  const found = new Set<string>();
  let evidence = false;
  for (const term of item.terms) {
    if (WEAK_STEMS.has(term) || !queryTerms.has(term)) continue;
    found.add(term);
    if (query.lead.has(term)) evidence = true;
  }
  for (const skill of item.skills) {
    if (!containsRun(query, skill)) continue;
    evidence = true;
    for (const value of skill) found.add(value);
  }
  return evidence ? found : null;
}
