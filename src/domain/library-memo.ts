import type { ProofItem } from './schemas.ts';

// Every memo the loaded modules made, so a server can derive them all for a new library before a
// request needs them (deriveEveryMemo). Appended to as modules load, never otherwise changed.
const everyMemo: ((library: readonly ProofItem[]) => unknown)[] = [];

/**
 * Wraps `derive` so it runs once per proof library array, not once per request. The store hands
 * out one frozen array until the library changes, so the array's identity stands for its content;
 * a changed library is a new array and is derived afresh. A length check also catches an array
 * grown in place by a caller that does not freeze it.
 *
 * Each memo is a pure function of immutable input held in a WeakMap, so it is not shared mutable
 * state: a library nobody holds any more is collected together with what was derived from it.
 */
export function libraryMemo<T>(derive: (library: readonly ProofItem[]) => T): (library: readonly ProofItem[]) => T {
  const derived = new WeakMap<readonly ProofItem[], { length: number; value: T }>();
  const memo = (library: readonly ProofItem[]): T => {
    const hit = derived.get(library);
    if (hit !== undefined && hit.length === library.length) return hit.value;
    const value = derive(library);
    derived.set(library, { length: library.length, value });
    return value;
  };
  everyMemo.push(memo);
  return memo;
}

/**
 * Derives, for `library`, what every memo of the loaded modules derives from it; a memo that holds
 * it already does nothing. At 10,000 items the rubric's take about a second.
 */
export function deriveEveryMemo(library: readonly ProofItem[]): void {
  for (const memo of everyMemo) memo(library);
}

/** The ids the library holds. */
export const proofIds = libraryMemo((library): ReadonlySet<string> => new Set(library.map((item) => item.id)));

/** The library's items by id (the last wins should an id repeat). */
export const proofById = libraryMemo((library): ReadonlyMap<string, ProofItem> => new Map(library.map((item) => [item.id, item])));
