/**
 * The BM25 index behind proof ranking (bm25.ts), and the rules that turn its hits into ranked
 * proof: only evidence for the query (relevant-proof.ts), deterministic ordering, and matched terms
 * limited to the meaningful words.
 */
import type { RankedProof } from '../domain/ports.ts';
import type { ProofItem } from '../domain/schemas.ts';
import { termKey, termTokens } from '../text/terms.ts';
import type { QueryTerm } from './analyze.ts';
import type { ProofQuery } from './build-query.ts';
import { RELEVANCE } from '../domain/judgement.ts';
import { judgeRelevance, readItem, type ItemKinds, type Relevance } from './relevance.ts';
import { evidenceTerms, itemLead, type ItemLead } from './relevant-proof.ts';
import { compareCandidates, topAccepted, type Candidate } from './select-candidates.ts';
import { buildBm25 } from './bm25.ts';

// Title and skills say what the work was; the story says how; the context says for whom and what moved.
const FIELD_BOOST = { title: 3, skills: 3, story: 1, context: 1.5 };
type Field = keyof typeof FIELD_BOOST;
const FIELDS = Object.keys(FIELD_BOOST) as Field[];
// A query searches at most this many terms, the most informative first (weight x IDF): a pasted
// essay must not turn into a search over every word the library holds.
const MAX_SEARCH_TERMS = 24;
// BM25's idf, used to rank query terms the way the index will weigh them.
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

/** The query terms worth scoring, most informative (weight x idf) first: only terms some item holds, at most MAX_SEARCH_TERMS. */
function pickSearchTerms(terms: readonly QueryTerm[], holding: ReadonlyMap<string, number>, total: number): QueryTerm[] {
  return terms
    .map((t, order) => ({ t, order, count: holding.get(t.term) ?? 0 }))
    .filter(({ count }) => count > 0)
    .map((entry) => ({ ...entry, value: entry.t.weight * idf(total, entry.count) }))
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .slice(0, MAX_SEARCH_TERMS)
    .map(({ t }) => t);
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
    const fields = FIELDS.map((field) => {
      const words: string[] = [];
      for (const token of termTokens(fieldText(item, field))) {
        const term = termKey(token);
        if (term === null) continue;
        seen.add(term);
        // A phrase term (a skill of several words) is indexed as its words, as it is searched.
        words.push(...term.split(' ').filter((word) => word !== ''));
      }
      return words;
    });
    for (const term of seen) holding.set(term, (holding.get(term) ?? 0) + 1);
    return fields;
  });
  const search = buildBm25(
    analysed,
    FIELDS.map((field) => FIELD_BOOST[field]),
  );

  // Scores the items holding `searched` and keeps the best `limit` that are evidence for the query.
  const rank = ({ terms, evidence }: ProofQuery, searched: QueryTerm[], limit: number) => {
    const weights = new Map(searched.map((t) => [t.term, t.weight]));
    const queryTerms = new Set(terms.map((t) => t.term));
    const words = searched.flatMap((t) => t.term.split(' ')).filter((word) => word !== '');
    const { keys, scores } = search(words.map((word) => ({ term: word, boost: weights.get(word) ?? 1 })));
    // Rounded so that float noise cannot decide between equally good items: the id does.
    const candidates: Candidate[] = keys.map((key, at) => ({ key, item: items[key] as ProofItem, score: Math.round((scores[at] as number) * 1000) / 1000 }));
    // Only relevant items are kept, and before the top k are taken: an incidental match never takes a real one's place.
    const relevantOf = ({ key, item }: Candidate): { words: string[]; judged: Relevance } | null => {
      const found = evidenceTerms((leads[key] ??= itemLead(item)), queryTerms, evidence);
      if (found === null) return null;
      const matched = terms.filter((t) => found.has(t.term)).map((t) => t.word);
      const judged = judgeRelevance((kinds[key] ??= readItem(item)), found, matched, evidence);
      return judged.relevance >= RELEVANCE.threshold ? { words: matched, judged } : null;
    };

    // The most relevant first; the search score only breaks ties (it counts incidental words too).
    return topAccepted(candidates, limit, relevantOf).sort(
      (a, b) =>
        b.value.judged.relevance - a.value.judged.relevance || b.value.judged.strength - a.value.judged.strength || compareCandidates(a.candidate, b.candidate),
    );
  };

  return (query, k) => {
    const limit = Number.isNaN(k) ? 0 : Math.max(0, Math.floor(k));
    const searched = pickSearchTerms(query.terms, holding, items.length);
    if (limit === 0 || searched.length === 0) return [];
    return rank(query, searched, limit).map(({ candidate: { item, score }, value: { words, judged } }) => ({
      item,
      match: { id: item.id, title: item.title, score, matchedTerms: words, relevance: judged.relevance, reasons: judged.reasons },
    }));
  };
}
