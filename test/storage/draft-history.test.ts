import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoredDraft } from '../../src/domain/draft-record.ts';
import { createFileStore } from '../../src/storage/file-store.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'bidwright-history-'));
  roots.push(root);
  return root;
}

// What versions before the draft history wrote: five fields, one of them sometimes missing.
const OLD_LINE = { id: 'old-1', text: 'Your sheet drifts.', createdAt: '2026-10-02T09:00:00.000Z', postTitle: 'Fix my sheet' };
const LEGACY = { id: 'legacy 7', text: 'An older letter about a café menu.', createdAt: '2026-09-01T09:00:00.000Z', postTitle: null, postKey: null };

describe('draft history storage', () => {
  it('reads drafts older versions wrote, in the log and inside bidwright.json, with the new fields defaulted', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'drafts'));
    await writeFile(path.join(dir, 'drafts', '2026-10.jsonl'), `${JSON.stringify(OLD_LINE)}\n`);
    await writeFile(path.join(dir, 'bidwright.json'), JSON.stringify({ version: 1, profile: {}, proof: [], drafts: [LEGACY] }));
    const store = await createFileStore({ dir });
    const { items } = await store.listDrafts({ limit: 10 });
    expect(items.map((draft) => draft.id)).toEqual(['old-1', 'legacy 7']);
    expect(items[0]).toMatchObject({ postKey: null, kind: 'proposal', version: 1, findings: null, jobPost: null, editedFrom: null });
    expect(await store.getDraft('legacy 7')).toMatchObject({ text: LEGACY.text, version: 1 });
    expect((await store.listDrafts({ limit: 10, search: 'CAFE' })).items.map((draft) => draft.id)).toEqual(['legacy 7']);
  });

  it('keeps the drafts inside an older bidwright.json when the library is written again', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bidwright.json'), JSON.stringify({ version: 1, profile: {}, proof: [], drafts: [LEGACY] }));
    const store = await createFileStore({ dir });
    await store.setProfile({ name: 'Ada' } as never);
    await store.clearProof();
    const doc = JSON.parse(await readFile(path.join(dir, 'bidwright.json'), 'utf8')) as { drafts: unknown[] };
    expect(doc.drafts).toHaveLength(1);
    expect((await (await createFileStore({ dir })).getDraft('legacy 7'))?.text).toBe(LEGACY.text);
  });

  it('finds a searched draft in an older month even when newer months hold a full page of others', async () => {
    const dir = await tempDir();
    const store = await createFileStore({ dir });
    await store.saveDraft({ id: 'needle', text: 'A rare word: quokka.', createdAt: '2026-01-05T10:00:00Z', postTitle: null });
    for (let i = 0; i < 30; i++)
      await store.saveDraft({ id: `hay-${i}`, text: 'ordinary', createdAt: `2026-03-01T10:${String(i).padStart(2, '0')}:00Z`, postTitle: null });
    const fresh = await createFileStore({ dir });
    expect((await fresh.listDrafts({ limit: 5, search: 'quokka' })).items.map((draft) => draft.id)).toEqual(['needle']);
  });

  it('lists the versions of one draft and nothing else', async () => {
    const store = createMemoryStore();
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();
    await store.saveDraft({ id: 'a', text: 'first', createdAt: at(0), postTitle: null });
    await store.saveDraft({ id: 'b', text: 'other', createdAt: at(1), postTitle: null });
    await store.saveDraft({ id: 'a2', text: 'second', createdAt: at(2), postTitle: null, kind: 'edited', version: 2, editedFrom: 'a', rootId: 'a' });
    expect((await store.listDrafts({ limit: 10, family: 'a' })).items.map((draft) => draft.id)).toEqual(['a2', 'a']);
    expect(StoredDraft.safeParse({ ...OLD_LINE, version: 0 }).success).toBe(false);
  });

  // Its time on this draft is measured by bench/hostile-inputs.ts, not here.
  it('searches a 200 KB hostile draft for a near miss and finds nothing', async () => {
    const store = createMemoryStore();
    await store.saveDraft({ id: 'big', text: `${'a'.repeat(200_000)}`, createdAt: '2026-12-01T09:00:00Z', postTitle: null });
    expect((await store.listDrafts({ limit: 10, search: `${'a'.repeat(199)}b` })).items).toEqual([]);
    expect((await store.listDrafts({ limit: 10, search: 'a'.repeat(199) })).items.map((draft) => draft.id)).toEqual(['big']);
  });
});
