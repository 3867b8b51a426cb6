/**
 * Phrase lookups by word runs instead of one regular expression per phrase: a text's runs of one
 * to four words go in a set once, and each phrase is a single set lookup. Posts are matched against
 * hundreds of phrases, so this keeps drafting fast.
 */
import { words } from '../../../text/text.ts';

/** Phrases longer than this many words are not indexed. */
const MAX_PHRASE_WORDS = 4;

/** A phrase as the index stores it: its words, folded, joined by single spaces. */
export function phraseKey(phrase: string): string {
  return words(phrase).join(' ');
}

/** Every run of one to four words in `text`, folded. */
export function wordRuns(text: string): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  for (let i = 0; i < list.length; i += 1) {
    for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= list.length; n += 1) out.add(list.slice(i, i + n).join(' '));
  }
  return out;
}

/** How many of `keys` (from `phraseKey`) occur in `runs`; the smaller set is walked. */
export function countKeys(runs: ReadonlySet<string>, keys: ReadonlySet<string>): number {
  const [walked, looked] = runs.size < keys.size ? [runs, keys] : [keys, runs];
  let count = 0;
  for (const key of walked) if (key.length > 0 && looked.has(key)) count += 1;
  return count;
}
