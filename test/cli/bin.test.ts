import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { Proposal } from '../../src/domain/schemas.ts';
import { EXAMPLES_DIR } from '../helpers/cli.ts';

const BIN = fileURLToPath(new URL('../../bin/bidwright.js', import.meta.url));
const run = promisify(execFile);

async function bidwright(args: string[], dataDir: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, BIDWRIGHT_DATA_DIR: dataDir, NO_COLOR: '1' },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

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
