import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Proposal } from '../../src/domain/schemas.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { countWords } from '../../src/text/text.ts';
import { EXAMPLES_DIR, runBidwright } from '../helpers/cli.ts';

const POST = join(EXAMPLES_DIR, 'job-post.txt');

async function draft(...args: string[]) {
  const store = createMemoryStore();
  await runBidwright(['proof', 'import', join(EXAMPLES_DIR, 'proof.json')], { store });
  const run = await runBidwright(['propose', POST, '--json', ...args], { store });
  expect(run.code, run.stderr).toBe(0);
  return Proposal.parse(JSON.parse(run.stdout));
}

describe('bidwright propose --variant', () => {
  it('writes the same draft for the same variant and another wording for the next, citing the same proof', async () => {
    const [first, zero, again, next] = await Promise.all([draft(), draft('--variant', '0'), draft('--variant', '2'), draft('--variant', '2')]);
    expect(zero.text).toBe(first.text);
    expect(next.text).toBe(again.text);
    expect(next.text).not.toBe(first.text);
    expect(next.citations).toEqual(first.citations);
  });

  it('combines with tone and length', async () => {
    const [plain, warm] = await Promise.all([draft('--variant', '1'), draft('--variant', '1', '--tone', 'warm', '--length', 'short')]);
    expect(warm.text).not.toBe(plain.text);
    expect(countWords(warm.text)).toBeLessThan(countWords(plain.text));
  });

  it('refuses a variant that is not a whole number from 0, saying what it takes', async () => {
    for (const variant of ['-1', '1.5', 'x', '', '99999999999999999999']) {
      const run = await runBidwright(['propose', POST, `--variant=${variant}`]);
      expect(run.code, variant).not.toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr, variant).toContain('Variant must be a whole number from 0 (the first draft) to 9999.');
    }
  });

  it('lists the option in the help', async () => {
    const run = await runBidwright(['propose', '--help']);
    expect(run.stdout).toMatch(/--variant <n>\s+which wording to write/);
  });
});
