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

describe('bidwright casestudy --json | proof add -', () => {
  const NOTES =
    'Client: a two-warehouse Shopify seller. Their stock sheet disagreed with the storefront every week.\nI rebuilt the sheet with one SKU table and a nightly sync. Stock errors went from 41 a week to 2 a week.\n';

  it('adds an item from flags with its id made from the title', async () => {
    const { store } = await storeWith([]);
    const run = await runBidwright(['proof', 'add', '--title', 'Inventory sheet rebuild', '--metric', 'errors found: 41'], { store });
    expect(run.code).toBe(0);
    expect(await store.getProof('inventory-sheet-rebuild')).toMatchObject({
      title: 'Inventory sheet rebuild',
      metrics: [{ label: 'errors found', value: '41' }],
    });
  });

  it("adds the draft's proof item, with no unconfirmed figure as a metric or in its text, and says what was left out", async () => {
    const { store } = await storeWith([]);
    const drafted = await runBidwright(['casestudy', '--json', '-'], { store, stdin: NOTES });
    expect(drafted.code).toBe(0);
    const added = await runBidwright(['proof', 'add', '-'], { store, stdin: drafted.stdout });
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('2 figure(s) from the notes were left out of its metrics and its text');
    const [item] = await store.listProof();
    expect(item).toMatchObject({
      id: 'rebuilt-the-sheet-with-one-sku-table-and-a-nightly-sync',
      title: 'Rebuilt the sheet with one SKU table and a nightly sync',
      clientType: 'a two-warehouse Shopify seller',
      problem: 'Their stock sheet disagreed with the storefront every week.',
      result: '',
      metrics: [],
    });
  });
});

describe('bidwright profile suggest', () => {
  it('prints the headline, the niche and the repackaged service, and the same as JSON', async () => {
    const { store } = await storeWith(['sheet-rebuild']);
    const text = await runBidwright(['profile', 'suggest', '--tasks', '-'], { store, stdin: 'Write blog posts\nData entry' });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Headline');
    expect(text.stdout).toContain('Your tasks by AI exposure');
    expect(text.stdout).toContain('One service, repackaged around a measurable outcome');
    const json = await runBidwright(['--json', 'profile', 'suggest', '--tasks', '-'], { store, stdin: 'Write blog posts\nData entry' });
    expect(JSON.parse(json.stdout)).toMatchObject({ tasks: { items: [{ task: 'Write blog posts' }, { task: 'Data entry', label: 'automatable' }] } });
  });
});
