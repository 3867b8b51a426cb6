import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../../src/storage/file-store.ts';
import { draft, listAll, proof, rejection } from './store-contract.ts';

const roots: string[] = [];

async function tempDir(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'bidwright-sharing-'));
  roots.push(root);
  return root;
}

afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('a file store shared with other processes and hands', () => {
  it("sees another store's writes at once and never writes over them", async () => {
    const dir = await tempDir();
    const server = await createFileStore({ dir });
    const cli = await createFileStore({ dir });
    await server.addProof(proof('from-server'));
    expect(ids(await cli.listProof())).toEqual(['from-server']);

    await cli.addProof(proof('from-cli'));
    await cli.setProfile({ name: 'Set from the CLI' } as never);
    expect(ids(await server.listProof())).toEqual(['from-server', 'from-cli']);
    await server.addProof(proof('server-again'));
    expect(ids(await cli.listProof())).toEqual(['from-server', 'from-cli', 'server-again']);
    expect((await cli.getProfile()).name).toBe('Set from the CLI');
  });

  it('hands out the same library array while the file is unchanged, and a new one once another store changed it', async () => {
    const dir = await tempDir();
    const server = await createFileStore({ dir });
    const cli = await createFileStore({ dir });
    await server.addProof(proof('a'));
    const cached = await server.listProof();
    await cli.saveDraft(draft('d', 1));
    expect(await server.listProof()).toBe(cached);

    await cli.addProof(proof('b'));
    const fresh = await server.listProof();
    expect(fresh).not.toBe(cached);
    expect(ids(fresh)).toEqual(['a', 'b']);
    expect(await server.listProof()).toBe(fresh);
  });

  it("lists drafts another store appended, and its own, after one another's", async () => {
    const dir = await tempDir();
    const first = await createFileStore({ dir });
    const second = await createFileStore({ dir });
    await first.saveDraft(draft('a', 1));
    expect(ids(await listAll(second))).toEqual(['a']);
    await second.saveDraft(draft('b', 2));
    await first.saveDraft(draft('c', 3));
    expect(ids(await listAll(first))).toEqual(['c', 'b', 'a']);
    expect(ids(await listAll(second))).toEqual(['c', 'b', 'a']);
  });

  it('refuses every write once the file is broken by hand while the store is open, and leaves it as it is', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bidwright.json');
    const store = await createFileStore({ dir });
    await store.addProof(proof('before'));
    const broken = (await readFile(file, 'utf-8')).replace('"proof": [', '"proof": [,');
    await writeFile(file, broken);

    const writes = [() => store.addProof(proof('x')), () => store.setProfile({ name: 'x' } as never), () => store.clearProof()];
    for (const write of writes) {
      const error = await rejection(write());
      expect(error.code).toBe('STORE_CORRUPT');
      expect(error.details).toEqual({ reason: 'corrupt-store-file', file });
    }
    expect(await readFile(file, 'utf-8')).toBe(broken);
    expect(await readdir(dir)).toEqual(['bidwright.json']);
  });

  it('keeps fields it does not know, in the profile, in proof items and at the top, through every change', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bidwright.json');
    const doc = {
      version: 1,
      myNotes: 'call Sam',
      profile: { name: 'Ada', phone: '+44 20 7946 0000' },
      proof: [{ ...proof('p'), privateNotes: 'client paid late' }],
    };
    await writeFile(file, JSON.stringify(doc));
    const store = await createFileStore({ dir });
    await store.setProfile({ name: 'Ada Lovelace' } as never);
    await store.addProof(proof('q'));
    await store.importProof([proof('p', { title: 'Renamed' })]);
    await store.saveDraft(draft('d', 1));

    const saved = JSON.parse(await readFile(file, 'utf-8'));
    expect(saved.myNotes).toBe('call Sam');
    expect(saved.profile).toMatchObject({ name: 'Ada Lovelace', phone: '+44 20 7946 0000' });
    expect(saved.proof[0]).toMatchObject({ title: 'Renamed', privateNotes: 'client paid late' });
  });

  it('backs the file up before clearing the library or importing with replace, and not before an add', async () => {
    const dir = await tempDir();
    let tick = 0;
    const store = await createFileStore({ dir, now: () => new Date(Date.UTC(2026, 11, 6, 12, 0, (tick += 1))) });
    await store.addProof(proof('one'));
    await store.addProof(proof('two'));
    expect(await readdir(dir)).toEqual(['bidwright.json']);
    await store.importProof([proof('three')], { replace: true });
    await store.clearProof();

    const backups = (await readdir(path.join(dir, 'backups'))).sort();
    expect(backups).toEqual(['bidwright-2026-12-06T12-00-01-000Z.json', 'bidwright-2026-12-06T12-00-02-000Z.json']);
    const held = await Promise.all(backups.map(async (name) => ids(JSON.parse(await readFile(path.join(dir, 'backups', name), 'utf-8')).proof)));
    expect(held).toEqual([['one', 'two'], ['three']]);
  });

  it('reports a broken draft line as STORE_CORRUPT naming the file and line, and appends after it untouched', async () => {
    const dir = await tempDir();
    const store = await createFileStore({ dir });
    await store.saveDraft(draft('good', 1));
    const file = path.join(dir, 'drafts', '2026-01.jsonl');
    await appendFile(file, '{"id": "half", "text": "cut off\n');
    const error = await rejection(store.listDrafts({ limit: 10 }));
    expect(error.code).toBe('STORE_CORRUPT');
    expect(error.message).toContain('line 2 is not valid JSON');
    expect(error.details).toEqual({ reason: 'corrupt-store-file', file });
  });

  it('leaves a line without its newline for the next read, and keeps the next append off it', async () => {
    const dir = await tempDir();
    const store = await createFileStore({ dir });
    await store.saveDraft(draft('first', 1));
    const file = path.join(dir, 'drafts', '2026-01.jsonl');
    await appendFile(file, JSON.stringify(draft('torn', 2)).slice(0, 20));
    expect(ids(await listAll(store))).toEqual(['first']);
    await store.saveDraft(draft('after', 3));
    const lines = (await readFile(file, 'utf-8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2] as string).id).toBe('after');
  });
});
