import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Shortlist } from '../../../src/domain/shortlist.ts';
import { EXAMPLES_DIR, runBidwright } from '../../helpers/cli.ts';
import { exampleStore } from '../../helpers/example-store.ts';

const POSTS = join(EXAMPLES_DIR, 'posts.txt');
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('bidwright triage --batch', () => {
  it('prints the ranked table with how many are worth pursuing', async () => {
    const run = await runBidwright(['triage', '--batch', POSTS], { store: await exampleStore() });
    expect(run.code).toBe(0);
    const json = Shortlist.parse(JSON.parse((await runBidwright(['triage', '--batch', POSTS, '--json'], { store: await exampleStore() })).stdout));
    expect(run.stdout.split('\n')[0]).toBe(`${json.summary}.`);
    for (const entry of json.entries) expect(run.stdout).toContain(entry.reason);
  });

  it('shows only the first n with --top, and says so', async () => {
    const run = await runBidwright(['triage', '--batch', POSTS, '--top', '1'], { store: await exampleStore() });
    expect(run.stdout).toContain('(the first 1 of 3; leave out --top to see them all)');
    expect(run.stdout.match(/^ {2}\d {2}/gm)).toHaveLength(1);
  });

  it('writes the whole shortlist as CSV with --export csv --out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bidwright-shortlist-'));
    dirs.push(dir);
    const out = join(dir, 'list.csv');
    const run = await runBidwright(['triage', '--batch', POSTS, '--export', 'csv', '--out', out], { store: await exampleStore() });
    expect(run.code).toBe(0);
    const lines = (await readFile(out, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('rank,verdict,score,title,kind,budget,reason,market,source');
    expect(lines).toHaveLength(4);
    expect(run.stderr).toContain(`Wrote the shortlist of 3 posts to ${out} (csv).`);
  });

  it('refuses --export without --out in plain words', async () => {
    const run = await runBidwright(['triage', '--batch', POSTS, '--export', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Give --export and --out together');
  });
});
