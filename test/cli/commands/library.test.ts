import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../../../src/storage/file-store.ts';
import { proof } from '../../storage/store-contract.ts';
import { runBidwright } from '../../helpers/cli.ts';

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

async function storeWith(ids: string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'bidwright-library-'));
  roots.push(dir);
  const store = await createFileStore({ dir });
  for (const id of ids) await store.addProof(proof(id));
  return { dir, store };
}

describe('bidwright proof import --replace and proof clear', () => {
  it('makes the library exactly the imported items, backing the old file up first', async () => {
    const { dir, store } = await storeWith(['old-one', 'old-two']);
    const file = join(dir, 'new.json');
    await writeFile(file, JSON.stringify([proof('fresh')]));
    const run = await runBidwright(['proof', 'import', '--replace', file], { store });
    expect(run.stdout).toBe('Imported 1 proof item(s): 1 added, 0 replaced.\n');
    expect((await store.listProof()).map((item) => item.id)).toEqual(['fresh']);
    expect(await readdir(join(dir, 'backups'))).toHaveLength(1);
  });

  it('removes every item, says how many, and keeps a backup', async () => {
    const { dir, store } = await storeWith(['a', 'b', 'c']);
    const run = await runBidwright(['proof', 'clear', '--json'], { store });
    expect(JSON.parse(run.stdout)).toEqual({ removed: 3 });
    expect(await store.listProof()).toEqual([]);
    expect(await readdir(join(dir, 'backups'))).toHaveLength(1);
  });
});
