/**
 * Word lists matched with their inflections: "delve" finds "delved" and "delving", "seamless"
 * finds "seamlessly", "hope this message finds you well" finds "hoping this message found you
 * well" only where the stemmer agrees. A word must be the listed word plus a plain inflectional
 * ending as well as share its stem, so "pivotal" does not find "pivot" nor "elevate" "elevator".
 */
import { stem } from './stem.ts';
import { words } from './text.ts';

const ENDING = /^(?:s|es|d|ed|ing|ly|edly|ingly)$/;

/** True when the folded `word` is `base` or an inflection of it. */
function isInflectionOf(word: string, base: string): boolean {
  if (word === base) return true;
  if (!/^[a-z]+$/.test(base) || stem(word) !== stem(base)) return false;
  const roots = [base, ...(base.endsWith('e') ? [base.slice(0, -1)] : []), ...(base.endsWith('y') ? [`${base.slice(0, -1)}i`] : [])];
  return roots.some((root) => word.startsWith(root) && ENDING.test(word.slice(root.length)));
}

/** True when the words from `at` on are `phrase`'s words, each or an inflection of it. */
export function phraseAt(list: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((base, i) => isInflectionOf(list[at + i] ?? '', base));
}

/**
 * The terms of `terms` found in `text` with how often, in list order. Terms that are inflections
 * of an earlier one ("leveraging" after "leverage") are the earlier one. Linear in the text: each
 * word is stemmed once and compared only with the terms whose first word shares its stem.
 */
export function countInflected(text: string, terms: readonly string[]): { term: string; count: number }[] {
  const byFirst = new Map<string, { term: string; phrase: string[] }[]>();
  const counts = new Map<string, number>();
  for (const term of terms) {
    const phrase = words(term);
    const first = phrase[0];
    if (first === undefined) continue;
    const list = byFirst.get(stem(first)) ?? [];
    if (list.some((known) => known.phrase.length === phrase.length && phraseAt(phrase, 0, known.phrase))) continue;
    list.push({ term, phrase });
    byFirst.set(stem(first), list);
  }
  const list = words(text);
  list.forEach((word, at) => {
    for (const { term, phrase } of byFirst.get(stem(word)) ?? []) if (phraseAt(list, at, phrase)) counts.set(term, (counts.get(term) ?? 0) + 1);
  });
  return terms.filter((term) => counts.has(term)).map((term) => ({ term, count: counts.get(term) ?? 0 }));
}
