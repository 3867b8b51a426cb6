import { describe, expect, it } from 'vitest';
import { runPool } from '../../src/evals/run-pool.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runPool', () => {
  it('never runs more than the concurrency limit at once and keeps results in input order', async () => {
    let running = 0;
    let peak = 0;
    const results = await runPool([30, 5, 20, 1, 10, 2], 3, async (ms, index) => {
      running += 1;
      peak = Math.max(peak, running);
      await wait(ms);
      running -= 1;
      return index * 10;
    });
    expect(peak).toBe(3);
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('runs one at a time with concurrency 1 and copes with an empty list', async () => {
    const order: number[] = [];
    await runPool([3, 1, 2], 1, async (value) => {
      order.push(value);
      await wait(value);
    });
    expect(order).toEqual([3, 1, 2]);
    expect(await runPool([], 4, async () => 1)).toEqual([]);
  });
});
