/**
 * The BM25 index behind proof ranking (minisearch), and the rules that turn its hits into ranked
 * proof: only evidence for the query (relevant-proof.ts), deterministic ordering, and matched terms
 * limited to the meaningful words.
 */
import MiniSearch from 'minisearch';
import type { RankedProof } from '../domain/ports.ts';
import type { ProofItem } from '../domain/schemas.ts';
import { termKey, termTokens } from '../text/terms.ts';
import type { QueryTerm } from './analyze.ts';
import type { ProofQuery } from './build-query.ts';
import { RELEVANCE } from '../domain/judgement.ts';
import { judgeRelevance, readItem, type ItemKinds, type Relevance } from './relevance.ts';
import { evidenceTerms, itemLead, type ItemLead } from './relevant-proof.ts';
import { compareCandidates, topAccepted, type Candidate } from './select-candidates.ts';

// Title and skills say what the work was; the story says how; the context says for whom and what moved.
const FIELD_BOOST = { title: 3, skills: 3, story: 1, context: 1.5 };
type Field = keyof typeof FIELD_BOOST;
const FIELDS = Object.keys(FIELD_BOOST) as Field[];
// A query searches at most this many terms, the most informative first (weight x IDF). Each term
// costs a pass over every item holding it, so this bounds a query on a large library.
const MAX_SEARCH_TERMS = 24;
// Scoring costs one step per item holding a searched term. Past this many steps a query stops
// adding terms (least informative last), so a query on a large library stays fast: at 10,000 items
// where every query word is held by about a thousand, 8,000 steps made minisearch's term scan a
// third of a proposal's CPU (29 ms a proposal against 21 ms at 3,000). A library under 3,000 / 24 = 125 items can never
// reach it, so ranking there is plain BM25; above it, the words dropped are the most common ones,
// and a query that then finds fewer than it asked for is searched again with every word.
const POSTING_BUDGET = 3_000;
// minisearch's default BM25 idf, used to rank query terms the way the index will weigh them.
const idf = (total: number, holding: number): number => Math.log(1 + (total - holding + 0.5) / (holding + 0.5));

/** Searches the index with an analysed query, returning the top `k` items that are evidence for it, best first. */
export type TermSearch = (query: ProofQuery, k: number) => RankedProof[];

function fieldText(item: ProofItem, field: Field): string {
  switch (field) {
    case 'title':
      return item.title;
    case 'skills':
      return (item.skills ?? []).join('\n');
    case 'story':
      return [item.problem, item.approach, item.result].join('\n');
    case 'context':
      return [item.clientType, ...(item.metrics ?? []).map((metric) => metric.label)].join('\n');
  }
}

/**
 * The query terms worth scoring, most informative (weight x idf) first: only terms some item holds,
 * at most MAX_SEARCH_TERMS, within POSTING_BUDGET (the first term is always kept).
 */
function pickSearchTerms(terms: readonly QueryTerm[], holding: ReadonlyMap<string, number>, total: number, budget: number): QueryTerm[] {
  const ranked = terms
    .map((t, order) => ({ t, order, count: holding.get(t.term) ?? 0 }))
    .filter(({ count }) => count > 0)
    .map((entry) => ({ ...entry, value: entry.t.weight * idf(total, entry.count) }))
    .sort((a, b) => b.value - a.value || a.order - b.order);
  const picked: QueryTerm[] = [];
  let cost = 0;
  for (const { t, count } of ranked) {
    if (picked.length === MAX_SEARCH_TERMS) break;
    if (picked.length > 0 && cost + count > budget) continue;
    picked.push(t);
    cost += count;
  }
  return picked;
}

/** Indexes `items`. Each item is analysed once; the index stores terms, and we count document frequency. */
export function buildTermSearch(library: readonly ProofItem[]): TermSearch {
  // Keys are positions: a caller reordering its array later must not shift them.
  const items = [...library];
  const holding = new Map<string, number>();
  // Each item's lead is worked out the first time a query needs it: most items never reach a top k.
  const leads: (ItemLead | undefined)[] = [];
  const kinds: (ItemKinds | undefined)[] = [];
  const analysed = items.map((item) => {
    const seen = new Set<string>();
    const fields = {} as Record<Field, string>;
    for (const field of FIELDS) {
      const terms: string[] = [];
      for (const token of termTokens(fieldText(item, field))) {
        const term = termKey(token);
        if (term === null) continue;
        terms.push(term);
        seen.add(term);
      }
      fields[field] = terms.join(' ');
    }
    for (const term of seen) holding.set(term, (holding.get(term) ?? 0) + 1);
    return fields;
  });

  const engine = new MiniSearch<number>({
    fields: FIELDS,
    // Documents are positions in `items`; their fields are the analysed terms, space-separated.
    extractField: (key, field) => (field === 'id' ? key : (analysed[key] as Record<Field, string>)[field as Field]),
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => term,
    searchOptions: { boost: FIELD_BOOST, prefix: false, fuzzy: false, combineWith: 'OR' },
  });
  engine.addAll(items.map((_, key) => key));
  analysed.length = 0;

  // Scores the items holding `searched` and keeps the best `limit` that are evidence for the query.
  const rank = ({ terms, evidence }: ProofQuery, searched: QueryTerm[], limit: number) => {
    const weights = new Map(searched.map((t) => [t.term, t.weight]));
    const queryTerms = new Set(terms.map((t) => t.term));

    const candidates: Candidate[] = [];
    const hits = engine.search(searched.map((t) => t.term).join(' '), {
      boostTerm: (term) => weights.get(term) ?? 1,
    });
    for (const hit of hits) {
      const key = hit.id as number;
      // Rounded so that float noise cannot decide between equally good items: the id does.
      const score = Math.round(hit.score * 1000) / 1000;
      candidates.push({ key, item: items[key] as ProofItem, score });
    }
    // Only relevant items are kept, and before the top k are taken: an incidental match never takes a real one's place.
    const relevantOf = ({ key, item }: Candidate): { words: string[]; judged: Relevance } | null => {
      const found = evidenceTerms((leads[key] ??= itemLead(item)), queryTerms, evidence);
      if (found === null) return null;
      const words = terms.filter((t) => found.has(t.term)).map((t) => t.word);
      const judged = judgeRelevance((kinds[key] ??= readItem(item)), found, words, evidence);
      return judged.relevance >= RELEVANCE.threshold ? { words, judged } : null;
    };

    // The most relevant first; the search score only breaks ties (it counts incidental words too).
    return topAccepted(candidates, limit, relevantOf).sort(
      (a, b) =>
        b.value.judged.relevance - a.value.judged.relevance || b.value.judged.strength - a.value.judged.strength || compareCandidates(a.candidate, b.candidate),
    );
  };

  return (query, k) => {
    const limit = Number.isNaN(k) ? 0 : Math.max(0, Math.floor(k));
    const budgeted = pickSearchTerms(query.terms, holding, items.length, POSTING_BUDGET);
    if (limit === 0 || budgeted.length === 0) return [];
    let kept = rank(query, budgeted, limit);
    // The budget dropped words and too little was found: the dropped words may be the ones that
    // name the work (a rare word like "leak" outranks "shopify" held by a thousand items), so the
    // search is tried again with a larger budget, then with every word, as a small library always is.
    let searched = budgeted;
    for (const budget of [POSTING_BUDGET * 3, Number.POSITIVE_INFINITY]) {
      if (kept.length >= limit) break;
      const more = pickSearchTerms(query.terms, holding, items.length, budget);
      if (more.length === searched.length) continue;
      searched = more;
      kept = rank(query, searched, limit);
    }
    return kept.map(({ candidate: { item, score }, value: { words, judged } }) => ({
      item,
      match: { id: item.id, title: item.title, score, matchedTerms: words, relevance: judged.relevance, reasons: judged.reasons },
    }));
  };
}
