/**
 * Proof items a text names by id or by title: how a human draft cites. Kept apart from claims.ts
 * because it is the one place that looks a text up against the whole library.
 */
import { libraryMemo } from '../../domain/library-memo.ts';
import type { ProofItem } from '../../domain/schemas.ts';
import { fold } from '../../text/fold.ts';

// A run of letters and digits. A name found whole in a text, starting and ending at a boundary,
// shows all its runs there one after the other.
const WORD_RUN = /[\p{L}\p{N}]+/gu;

interface Name {
  /** The item's position in the library, so matches come back in library order. */
  at: number;
  item: ProofItem;
  /** The item's id and title, folded, each at least three characters. */
  names: string[];
}

/** A trie over names' runs: the names whose runs end at this node, and the runs that go on. */
interface RunNode {
  ends: Name[];
  next: Map<string, RunNode>;
}

const runsOf = (text: string): string[] => Array.from(text.matchAll(WORD_RUN), ([run]) => run);

/**
 * The library's names in a trie of their runs of letters and digits (at 10,000 items one leading
 * word such as "shopify", or even "refill checkout fix", can begin hundreds of names); names
 * without a run are checked against every text.
 */
const nameIndex = libraryMemo((proof) => {
  const root: RunNode = { ends: [], next: new Map() };
  const always: Name[] = [];
  proof.forEach((item, at) => {
    const names = [item.id, item.title].map((name) => fold(name).trim()).filter((name) => name.length >= 3);
    const entry = { at, item, names };
    for (const name of names) {
      const runs = runsOf(name);
      if (runs.length === 0) {
        always.push(entry);
        continue;
      }
      let node = root;
      for (const run of runs) {
        let child = node.next.get(run);
        if (child === undefined) node.next.set(run, (child = { ends: [], next: new Map() }));
        node = child;
      }
      node.ends.push(entry);
    }
  });
  return { root, always };
});

/** True when `name` first occurs in `flat` as a whole phrase, not inside a longer word. */
function namedAt(flat: string, name: string): boolean {
  const at = flat.indexOf(name);
  if (at < 0) return false;
  const before = flat[at - 1] ?? ' ';
  const after = flat[at + name.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/**
 * Proof items the text names by id or by title (whole phrase, any case): how a human draft cites.
 * Only the items whose runs of letters and digits the text holds one after the other are
 * checked, whatever the size of the library.
 */
export function proofNamedInText(text: string, proof: readonly ProofItem[]): ProofItem[] {
  const flat = fold(text);
  const { root, always } = nameIndex(proof);
  const candidates = new Map<number, Name>();
  for (const entry of always) candidates.set(entry.at, entry);
  const runs = runsOf(flat);
  runs.forEach((_, start) => {
    let node: RunNode | undefined = root;
    for (let at = start; at < runs.length; at += 1) {
      node = node.next.get(runs[at] as string);
      if (node === undefined) break;
      for (const entry of node.ends) candidates.set(entry.at, entry);
    }
  });
  return [...candidates.values()]
    .filter((entry) => entry.names.some((name) => namedAt(flat, name)))
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.item);
}
