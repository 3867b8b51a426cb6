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

/** Picks one item for a named slot, so each slot varies independently for the same seed. */
export function pick<T>(list: readonly T[], seed: number, slot: string): T {
  if (list.length === 0) throw new Error(`pick: the list for slot "${slot}" is empty`);
  const index = stableHash(`${seed}:${slot}`) % list.length;
  return list[index] as T;
}

/** The list in a seed-dependent order (a stable shuffle), for choosing several items without repeats. */
export function shuffled<T>(list: readonly T[], seed: number, slot: string): T[] {
  return list
    .map((item, index) => ({ item, key: stableHash(`${seed}:${slot}:${index}`) }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.item);
}
