/**
 * BM25 over documents of a few weighted fields, held in flat arrays. A query scores only the
 * documents holding one of its terms, one array step per posting, and allocates nothing per
 * posting (only the list of documents found): at 10,000 items, where every query word is held by
 * about a thousand items, the general-purpose
 * search it replaced (minisearch, a result object per document per term) spent 11 ms a proposal
 * and most of the garbage collector's time there.
 *
 * The scoring is BM25+ as that search had it (k 1.2, b 0.7, delta 0.5), so small libraries rank
 * exactly as before: each field has its own document frequency and average length, a field's
 * length counts its distinct terms, a term's score per field is multiplied by the term's and the
 * field's boost, and a document's total is multiplied by how many distinct query terms it holds.
 */

const K = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** A query term and how much it counts. */
export interface Bm25Term {
  term: string;
  boost: number;
}

/** The documents a query touched (by position) and their scores, in the order first touched. */
export interface Bm25Hits {
  keys: number[];
  scores: number[];
}

/** Scores a query against the indexed documents. */
export type Bm25Search = (terms: readonly Bm25Term[]) => Bm25Hits;

interface Postings {
  docs: Int32Array;
  freqs: Int32Array;
}

/**
 * Indexes `docs`, each an array of fields (in the order of `fieldBoosts`), each field its terms in
 * order. The arrays are read once; nothing keeps a reference to them.
 */
export function buildBm25(docs: readonly (readonly (readonly string[])[])[], fieldBoosts: readonly number[]): Bm25Search {
  const fields = fieldBoosts.length;
  const count = docs.length;
  const lengths = new Float64Array(count * fields);
  const average = new Float64Array(fields);
  const building = new Map<string, { docs: number[]; freqs: number[] }[]>();
  docs.forEach((doc, key) => {
    for (let field = 0; field < fields; field += 1) {
      const freqs = new Map<string, number>();
      for (const term of doc[field] ?? []) freqs.set(term, (freqs.get(term) ?? 0) + 1);
      lengths[key * fields + field] = freqs.size;
      // A running mean, in the same order of operations as the scoring this replaced.
      average[field] = ((average[field] as number) * key + freqs.size) / (key + 1);
      for (const [term, freq] of freqs) {
        let perField = building.get(term);
        if (perField === undefined) building.set(term, (perField = Array.from({ length: fields }, () => ({ docs: [], freqs: [] }))));
        const posting = perField[field] as { docs: number[]; freqs: number[] };
        posting.docs.push(key);
        posting.freqs.push(freq);
      }
    }
  });
  // Most terms appear in one or two fields: the others share one empty posting list.
  const none: Postings = { docs: new Int32Array(0), freqs: new Int32Array(0) };
  const index = new Map<string, Postings[]>();
  for (const [term, perField] of building) {
    index.set(
      term,
      perField.map((p) => (p.docs.length === 0 ? none : { docs: Int32Array.from(p.docs), freqs: Int32Array.from(p.freqs) })),
    );
  }

  // Reused by every query (a query runs to completion before the next starts) and reset after it.
  const total = new Float64Array(count);
  const termScore = new Float64Array(count);
  const matched = new Int32Array(count);
  const lastTerm = new Int32Array(count).fill(-1);
  const hit = new Uint8Array(count);
  const touched: number[] = [];

  return (terms) => {
    const keys: number[] = [];
    try {
      const seen = new Set<string>();
      terms.forEach(({ term, boost }, at) => {
        const perField = index.get(term);
        if (perField === undefined) return;
        // A term asked twice adds its score twice but counts once among the terms a document holds.
        const fresh = !seen.has(term);
        seen.add(term);
        touched.length = 0;
        for (let field = 0; field < fields; field += 1) {
          const { docs: holders, freqs } = perField[field] as Postings;
          if (holders.length === 0) continue;
          const idf = Math.log(1 + (count - holders.length + 0.5) / (holders.length + 0.5));
          const weight = boost * (fieldBoosts[field] as number);
          const mean = average[field] as number;
          for (let i = 0; i < holders.length; i += 1) {
            const key = holders[i] as number;
            const freq = freqs[i] as number;
            const length = lengths[key * fields + field] as number;
            const score = weight * (idf * (DELTA + (freq * (K + 1)) / (freq + K * (1 - B + (B * length) / mean))));
            if (lastTerm[key] === at) {
              termScore[key] = (termScore[key] as number) + score;
            } else {
              lastTerm[key] = at;
              termScore[key] = score;
              touched.push(key);
            }
          }
        }
        for (const key of touched) {
          if (hit[key] === 0) {
            hit[key] = 1;
            keys.push(key);
          }
          total[key] = (total[key] as number) + (termScore[key] as number);
          if (fresh) matched[key] = (matched[key] as number) + 1;
        }
      });
      return { keys, scores: keys.map((key) => (total[key] as number) * Math.max(1, matched[key] as number)) };
    } finally {
      // Reset even if a query failed half-way, so the next one starts from zero.
      for (const key of keys) {
        total[key] = 0;
        matched[key] = 0;
        hit[key] = 0;
        lastTerm[key] = -1;
      }
      for (const key of touched) lastTerm[key] = -1;
    }
  };
}
