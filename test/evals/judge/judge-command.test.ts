import { describe, expect, it } from 'vitest';
import { runBidwright } from '../../helpers/cli.ts';

describe('bidwright eval --calibrate --judge', () => {
  it('exits 2 with one line saying it needs a model when none is configured', async () => {
    const result = await runBidwright(['eval', '--calibrate', '--judge'], { env: {} });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--judge needs a model.*OPENAI_API_KEY/);
  });
});
