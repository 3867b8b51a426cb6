import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Proposal } from '../../src/domain/schemas.ts';
import { EXAMPLES_DIR } from '../helpers/cli.ts';
import { BIN, spawnNode } from '../helpers/spawn-bin.ts';

const bidwright = (args: string[], dataDir: string) => spawnNode([BIN, ...args], dataDir);

describe('the bidwright command as installed', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'bidwright-bin-')), 'data');
  });

  it('imports proof into a real file and drafts a proposal that lints clean', async () => {
    expect((await bidwright(['proof', 'import', join(EXAMPLES_DIR, 'proof.json')], dataDir)).code).toBe(0);
    const stored = JSON.parse(await readFile(join(dataDir, 'bidwright.json'), 'utf8')) as { proof: unknown[] };
    expect(stored.proof).toHaveLength(3);

    const proposed = await bidwright(['propose', join(EXAMPLES_DIR, 'job-post.txt'), '--json'], dataDir);
    expect(proposed.code).toBe(0);
    const proposal = Proposal.parse(JSON.parse(proposed.stdout));
    const draft = join(dataDir, '..', 'draft.txt');
    await writeFile(draft, proposal.text);
    const linted = await bidwright(['lint', draft, '--job', join(EXAMPLES_DIR, 'job-post.txt'), '--cite', proposal.citations.join(',')], dataDir);
    expect(linted.stdout).toContain('PASS');
    expect(linted.code).toBe(0);
  });

  it('refuses a hand-broken data file with one line naming it, and leaves it as it was', async () => {
    const broken = join(await mkdtemp(join(tmpdir(), 'bidwright-broken-')), 'data');
    await mkdir(broken);
    const file = join(broken, 'bidwright.json');
    const content = '{ "version": 1, "profile": {}, "proof": [ { "id": "a" ';
    await writeFile(file, content);
    const result = await bidwright(['proof', 'import', join(EXAMPLES_DIR, 'proof.json')], broken);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(file);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await readFile(file, 'utf8')).toBe(content);
  });
});
