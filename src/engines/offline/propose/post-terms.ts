/**
 * The post's distinctive words, in the client's spelling, and the small word tests shared with the
 * subject finder (post-subject.ts).
 */
import { fold } from '../../../text/fold.ts';
import type { PostText } from './post-text.ts';
import { sentenceCase } from './post-text.ts';
import { isSafeText } from './safe-text.ts';
import { isDistinctive } from '../../../text/terms.ts';
import { WORD } from '../../../text/text.ts';
import { ROLE_WORDS } from './stopwords.ts';

/** Function words, job-post boilerplate, bare numbers and other words that name no topic. */
export function isNoise(word: string): boolean {
  return !isDistinctive(fold(word));
}

/**
 * Distinctive words of the post (title first, then skills, then description), as the post spells
 * them, best first; at most `limit` of them.
 */
export function distinctiveTerms(text: PostText, avoidWords: readonly string[], limit = 30): string[] {
  const scores = new Map<string, { raw: string; score: number; order: number }>();
  const add = (source: string, weight: number): void => {
    for (const raw of source.match(WORD) ?? []) {
      const key = fold(raw);
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
  const last = fold(term).trim().split(/\s+/).at(-1) ?? '';
  return ROLE_WORDS.has(last) || ROLE_WORDS.has(last.replace(/s$/, ''));
}
