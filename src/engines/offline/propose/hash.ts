/**
 * Stable choices for the rule-based drafter. Wording varies by a hash of the post text so two posts
 * in the same domain do not get the same draft, while one post always gets the same draft.
 */

/** FNV-1a over UTF-16 code units: tiny, fast, and identical on every platform. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The seed of one draft: the post's hash for variant 0 (so first drafts keep their wording), and a
 * mix of it with the variant after that, so each Regenerate re-picks every wording slot at once.
 */
export function draftSeed(postText: string, variant = 0): number {
  const base = stableHash(postText);
  return variant === 0 ? base : mix(stableHash(`variant ${variant}:${base}`));
}

// FNV's low bits vary too little between similar keys; this finaliser (from MurmurHash3) mixes
// every input bit into them, so choices for different posts are independent.
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

function slotHash(seed: number, slot: string): number {
  return mix(stableHash(`${slot}:${seed}`));
}

/** Picks one item for a named slot, so each slot varies independently for the same seed. */
export function pick<T>(list: readonly T[], seed: number, slot: string): T {
  if (list.length === 0) throw new Error(`pick: the list for slot "${slot}" is empty`);
  const index = slotHash(seed, slot) % list.length;
  return list[index] as T;
}

/** The list in a seed-dependent order (a stable shuffle), for choosing several items without repeats. */
export function shuffled<T>(list: readonly T[], seed: number, slot: string): T[] {
  return list
    .map((item, index) => ({ item, key: slotHash(seed, `${slot}:${index}`) }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.item);
}

/** Picks a string for a slot, preferring items free of the given words (a user's words to avoid). */
export type Choose = (list: readonly string[], slot: string) => string;

/** A `Choose` bound to one post's seed; falls back to the whole list when every item has an avoided word. */
export function makeChooser(seed: number, isClean: (text: string) => boolean): Choose {
  return (list, slot) => {
    const clean = list.filter(isClean);
    return pick(clean.length > 0 ? clean : list, seed, slot);
  };
}
