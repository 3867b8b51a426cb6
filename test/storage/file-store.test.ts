import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/ports.ts';
import { createFileStore } from '../../src/storage/file-store.ts';
import { draft, listAll, proof, rejection, runStoreContract } from './store-contract.ts';

const roots: string[] = [];

async function tempDir(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'bidwright-store-'));
  roots.push(root);
  return root;
}

afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

runStoreContract('file store', async () => createFileStore({ dir: await tempDir() }));

/** Every write to the library the Store offers, each expected to fail (drafts go to their own files). */
function attemptWrites(store: Store): Promise<unknown>[] {
  return [
    store.addProof(proof('new')),
    store.setProfile({ name: 'Ada' } as never),
    store.importProof([proof('imported')]),
    store.removeProof('anything'),
    store.clearProof(),
  ];
}

describe('createFileStore', () => {
  it('keeps data for a new store instance on the same directory', async () => {
    const dir = await tempDir();
    const first = await createFileStore({ dir });
    await first.addProof(proof('kept'));
    await first.setProfile({ name: 'Ada', skills: ['SQL'] } as never);
    await first.saveDraft(draft('d1', 1));

    const second = await createFileStore({ dir });
    expect(await second.getProof('kept')).toEqual(proof('kept'));
    expect((await second.getProfile()).name).toBe('Ada');
    expect((await listAll(second)).map((d) => d.id)).toEqual(['d1']);
  });

  it('writes one readable JSON document at <dir>/bidwright.json', async () => {
    const dir = await tempDir();
    const store = await createFileStore({ dir });
    await store.addProof(proof('p'));
    const doc = JSON.parse(await readFile(path.join(dir, 'bidwright.json'), 'utf-8'));
    expect(doc.version).toBe(1);
    expect(doc.proof.map((item: { id: string }) => item.id)).toEqual(['p']);
  });

  it('reads a missing directory as empty defaults without creating it', async () => {
    const dir = path.join(await tempDir(), 'not', 'yet');
    const store = await createFileStore({ dir });
    expect(await store.listProof()).toEqual([]);
    expect((await store.getProfile()).currency).toBe('USD');
    expect(await listAll(store)).toEqual([]);
    await expect(stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('creates the missing directory on the first write', async () => {
    const dir = path.join(await tempDir(), 'nested', 'data');
    const store = await createFileStore({ dir });
    await store.addProof(proof('first'));
    expect((await stat(path.join(dir, 'bidwright.json'))).isFile()).toBe(true);
  });

  it('reports broken JSON as STORE_CORRUPT with the file in its details, and never overwrites it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bidwright.json');
    const broken = '{"version": 1, "proof": [,]}';
    await writeFile(file, broken);
    const store = await createFileStore({ dir });

    const error = await rejection(store.listProof());
    expect(error.code).toBe('STORE_CORRUPT');
    expect(error.message).toMatch(/^The data file is corrupt: it is not valid JSON/);
    expect(error.message).toMatch(/left as it is/);
    expect(error.message).not.toContain(dir);
    expect(error.details).toEqual({ reason: 'corrupt-store-file', file });

    for (const attempt of await Promise.allSettled(attemptWrites(store))) {
      expect(attempt.status).toBe('rejected');
      expect((attempt as PromiseRejectedResult).reason.code).toBe('STORE_CORRUPT');
    }
    expect(await readFile(file, 'utf-8')).toBe(broken);
    expect(await readdir(dir)).toEqual(['bidwright.json']);
  });

  it('gives the line and column of a JSON error when the parser reports a position', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bidwright.json'), '{\n  "version": 1,\n  "proof": [1 2]\n}');
    const error = await rejection((await createFileStore({ dir })).listProof());
    expect(error.message).toMatch(/line 3, column 15/);
  });

  it('reports a wrong shape as STORE_CORRUPT with the path of the bad field, and keeps the file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bidwright.json');
    const wrong = JSON.stringify({ version: 1, profile: {}, proof: [{ ...proof('x'), kind: 'poem' }], drafts: [] });
    await writeFile(file, wrong);
    const store = await createFileStore({ dir });

    const error = await rejection(store.getProfile());
    expect(error.code).toBe('STORE_CORRUPT');
    expect(error.details).toEqual({ reason: 'corrupt-store-file', file });
    expect(error.message).toContain('proof.0.kind');
    await Promise.allSettled(attemptWrites(store));
    expect(await readFile(file, 'utf-8')).toBe(wrong);
  });

  it('reports duplicate proof ids in the file as STORE_CORRUPT naming the id', async () => {
    const dir = await tempDir();
    const doc = { version: 1, profile: {}, proof: [proof('twin'), proof('other'), proof('twin')], drafts: [] };
    await writeFile(path.join(dir, 'bidwright.json'), JSON.stringify(doc));
    const error = await rejection((await createFileStore({ dir })).listProof());
    expect(error.code).toBe('STORE_CORRUPT');
    expect(error.message).toContain('proof.2.id');
    expect(error.message).toContain('"twin"');
  });

  it.each([['null'], ['0'], ['""'], ['[]']])('treats a file holding %s as corrupt, not as empty', async (content) => {
    const dir = await tempDir();
    const file = path.join(dir, 'bidwright.json');
    await writeFile(file, content);
    const store = await createFileStore({ dir });
    const error = await rejection(store.addProof(proof('p')));
    expect(error.code).toBe('STORE_CORRUPT');
    expect(await readFile(file, 'utf-8')).toBe(content);
  });

  it('works again once the user moves the corrupt file away', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bidwright.json');
    await writeFile(file, 'not json');
    const store = await createFileStore({ dir });
    await rejection(store.listProof());
    await rm(file);
    await store.addProof(proof('after-fix'));
    expect((await store.listProof()).map((item) => item.id)).toEqual(['after-fix']);
  });

  it('reports a store path that is a directory as STORE_IO, in words and with the file in its details', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bidwright.json');
    await mkdir(file);
    const error = await rejection((await createFileStore({ dir })).listProof());
    expect(error.code).toBe('STORE_IO');
    expect(error.message).toBe('Could not read the data file: a folder is where the file should be (EISDIR).');
    expect(error.details).toEqual({ reason: 'unusable-store-file', file });
  });

  it('reports a data directory that is a file as STORE_IO', async () => {
    const dir = path.join(await tempDir(), 'plain-file');
    await writeFile(dir, 'x');
    const store = await createFileStore({ dir });
    const error = await rejection(store.addProof(proof('p')));
    expect(error.code).toBe('STORE_IO');
    expect(error.message).toBe('Could not read the data file: part of the path is a file, not a folder (ENOTDIR).');
    expect(error.details).toEqual({ reason: 'unusable-store-file', file: path.join(dir, 'bidwright.json') });
  });

  it('does not keep a change in memory when writing it fails', async () => {
    const dir = await tempDir();
    const store = await createFileStore({ dir });
    await store.addProof(proof('saved'));
    // A directory where steno writes its temp file makes the write fail; the file itself stays.
    await mkdir(path.join(dir, '.bidwright.json.tmp'));
    const error = await rejection(store.addProof(proof('lost')));
    expect(error.code).toBe('STORE_IO');
    expect((await store.listProof()).map((item) => item.id)).toEqual(['saved']);
  });

  it('loses nothing when 50 items are added at once, on disk too', async () => {
    const dir = await tempDir();
    const store = await createFileStore({ dir });
    const ids = Array.from({ length: 50 }, (_, i) => `p${i}`);
    await Promise.all(ids.map((id) => store.addProof(proof(id))));
    const fresh = await createFileStore({ dir });
    expect((await fresh.listProof()).map((item) => item.id).sort()).toEqual([...ids].sort());
  });

  it('appends each draft as one line of drafts/<month>.jsonl and leaves the library file alone', async () => {
    const dir = await tempDir();
    const store = await createFileStore({ dir });
    await store.addProof(proof('p'));
    const file = path.join(dir, 'bidwright.json');
    const before = await stat(file);
    for (let i = 0; i < 3; i += 1) await store.saveDraft(draft(`d${i}`, i));
    const after = await stat(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    const lines = (await readFile(path.join(dir, 'drafts', '2026-01.jsonl'), 'utf-8')).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(['d0', 'd1', 'd2']);
    expect(JSON.parse(await readFile(file, 'utf-8'))).not.toHaveProperty('drafts');
  });

  it('still lists the drafts an older file kept inside the document', async () => {
    const dir = await tempDir();
    const doc = { version: 1, profile: {}, proof: [], drafts: [draft('legacy', 1)] };
    await writeFile(path.join(dir, 'bidwright.json'), JSON.stringify(doc));
    const store = await createFileStore({ dir });
    await store.saveDraft(draft('new', 2));
    expect((await listAll(store)).map((d) => d.id)).toEqual(['new', 'legacy']);
  });
});
