/**
 * Claims about the freelancer's past work: first-person past tense ("I built", "I've led") and
 * phrases that point at earlier engagements ("for a client", "in a recent project").
 */
import type { ProofItem } from '../../domain/schemas.ts';
import { sentences } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';
import { libraryMemo } from '../../domain/library-memo.ts';

/** Verbs that, after "I" / "I've", claim something done before. */
export const PAST_VERBS: readonly string[] = [
  'built',
  'led',
  'helped',
  'delivered',
  'reduced',
  'cut',
  'saved',
  'grew',
  'increased',
  'improved',
  'launched',
  'shipped',
  'migrated',
  'automated',
  'designed',
  'developed',
  'created',
  'implemented',
  'rebuilt',
  'redesigned',
  'wrote',
  'written',
  'managed',
  'ran',
  'scaled',
  'fixed',
  'optimized',
  'optimised',
  'worked',
  'handled',
  'completed',
  'doubled',
  'tripled',
  'raised',
  'boosted',
  'lowered',
  'integrated',
  'set up',
  'audited',
  'cleaned',
  'trained',
  'produced',
  'edited',
  'translated',
  'rewrote',
  'reviewed',
  'analysed',
  'analyzed',
  'refactored',
  'deployed',
];

// "I built", "I've built", "I have built", "I also built", "I recently built"; not "I'd build".
const FIRST_PERSON_PAST = new RegExp(
  `\\bi(?:'ve|\\s+have)?(?:\\s+(?:also|recently|previously|once|already|just))?\\s+(?:${PAST_VERBS.join('|').replace(/ /g, '\\s+')})\\b`,
  'giu',
);

// Work done for this application, not before it: "I reviewed your post", "I worked through your
// brief", "I cleaned up the sample you sent", "I've written two subject lines below".
const FOR_THIS_POST = [
  /^\s{0,3}(?:(?:up|through|over|out|back)\s{1,3})?(?:your|you)\b/u,
  /^[^.!?]{0,40}\b(?:you|your team)\s(?:sent|attached|shared|posted|provided|gave|uploaded|linked)\b/u,
  /\b(?:below|above|here)\s{0,3}[.:!]?\s{0,3}$/u,
];
// A claim's clause ends at a comma, a semicolon or the next "and" / "but"; only so much of it is
// read, so a sentence of many "I built"s costs linear time.
const CLAUSE_END = /[,;]|\b(?:and|but)\b/u;
const MAX_CLAUSE_CHARS = 200;

/** True when some "I built ..." in the sentence is about earlier work rather than this application. */
function claimsPastWork(flat: string): boolean {
  for (const match of flat.matchAll(FIRST_PERSON_PAST)) {
    const start = match.index + match[0].length;
    const rest = flat.slice(start, start + MAX_CLAUSE_CHARS);
    const clause = rest.split(CLAUSE_END, 1)[0] ?? rest;
    if (!FOR_THIS_POST.some((pattern) => pattern.test(clause))) return true;
  }
  return false;
}

const ENGAGEMENT_PHRASES =
  /\b(?:in a (?:recent|previous|past|similar) (?:project|role|engagement|contract)|for a (?:client|customer)\b|my (?:last|previous|past|recent) (?:client|project|role|employer)|a (?:past|previous|former) client|one of my clients)/iu;

/** The sentences of `text` that claim past work. */
export function claimSentences(text: string): string[] {
  return sentences(text).filter((sentence) => {
    const flat = fold(sentence);
    return claimsPastWork(flat) || ENGAGEMENT_PHRASES.test(flat);
  });
}

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
