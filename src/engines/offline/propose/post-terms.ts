/**
 * The post's distinctive words, in the client's spelling, and the small word tests shared with the
 * subject finder (post-subject.ts).
 */
import { normalise } from '../../../text/text.ts';
import type { PostText } from './post-text.ts';
import { sentenceCase } from './post-text.ts';
import { isSafeText } from './safe-text.ts';
import { GENERIC_JOB_WORDS, ROLE_WORDS, STOPWORDS } from './stopwords.ts';

// Tokens keep inner marks that belong to names ("Next.js", "C++", "UI/UX", "Q&A", "e-commerce").
export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.+#/&'-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]|&/gu;

/** Function words, job-post boilerplate and bare numbers. */
export function isNoise(word: string): boolean {
  const key = normalise(word);
  return STOPWORDS.has(key) || GENERIC_JOB_WORDS.has(key) || /^\d+$/.test(key);
}

/**
 * Distinctive words of the post (title first, then skills, then description), as the post spells
 * them, best first; at most `limit` of them.
 */
export function distinctiveTerms(text: PostText, avoidWords: readonly string[], limit = 30): string[] {
  const scores = new Map<string, { raw: string; score: number; order: number }>();
  const add = (source: string, weight: number): void => {
    for (const raw of source.match(TOKEN) ?? []) {
      const key = normalise(raw);
      if (key.length < 3 && !/^\p{Lu}{2}$/u.test(raw)) continue;
      if (isNoise(raw) || text.forbidden.has(key)) continue;
      const entry = scores.get(key) ?? { raw, score: 0, order: scores.size };
      entry.score += weight;
      scores.set(key, entry);
    }
  };
  add(text.title, 3);
  for (const skill of text.skills) add(skill, 2);
  add(text.description, 1);
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score || a.order - b.order);
  const out: string[] = [];
  // Safety and casing are checked only for the words that make the cut; posts can be long.
  for (const entry of ranked) {
    if (out.length >= limit) break;
    if (isSafeText(entry.raw, avoidWords)) out.push(sentenceCase(entry.raw, text));
  }
  return out;
}

/** True when a term names a hire ("data analyst", "Shopify developer") rather than a kind of work. */
export function namesRole(term: string): boolean {
  const last = normalise(term).trim().split(/\s+/).at(-1) ?? '';
  return ROLE_WORDS.has(last) || ROLE_WORDS.has(last.replace(/s$/, ''));
}

