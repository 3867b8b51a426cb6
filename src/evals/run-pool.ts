/** A small worker pool: runs async jobs with at most `concurrency` in flight, results in input order. */

/**
 * Calls `worker` on every item, at most `concurrency` at a time, and resolves with the results in
 * the items' order. `worker` must not reject (wrap failures into the result) or the pool rejects.
 */
export async function runPool<T, R>(items: readonly T[], concurrency: number, worker: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index] as T, index);
    }
  };
  const lanes = Math.max(1, Math.min(Math.floor(concurrency), items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
