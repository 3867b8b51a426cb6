import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '../../src/storage/file-lock.ts';

describe('createWriteQueue', () => {
  it('runs each write after the one before it has finished, in the order they came', async () => {
    const queued = createWriteQueue();
    const events: string[] = [];
    const write = (name: string, ms: number) =>
      queued(async () => {
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        events.push(`end ${name}`);
        return name;
      });
    const results = await Promise.all([write('a', 30), write('b', 1), write('c', 10)]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('goes on with the next write when one fails, and hands the failure to its caller', async () => {
    const queued = createWriteQueue();
    const failing = queued(async () => {
      throw new Error('disk full');
    });
    const next = queued(async () => 'written');
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('written');
  });
});
