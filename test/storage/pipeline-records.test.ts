import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/ports.ts';
import { createFileStore } from '../../src/storage/file-store.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { atDay, event, tracked } from '../helpers/pipeline.ts';
import { rejection } from './store-contract.ts';

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'bidwright-pipeline-'));
  roots.push(root);
  return root;
}

const stores: [string, () => Promise<Store>][] = [
  ['memory store', async () => createMemoryStore()],
  ['file store', async () => createFileStore({ dir: await tempDir() })],
];

describe.each(stores)('the pipeline records of the %s', (_name, open) => {
  it('lists tracked proposals newest sent first, a page at a time, across months', async () => {
    const store = await open();
    for (const day of [0, 40, 5, 70]) await store.saveTrackedProposal(tracked(`tp-${day}`, day));
    const first = await store.listTrackedProposals({ limit: 3 });
    expect(first.items.map((item) => item.id)).toEqual(['tp-70', 'tp-40', 'tp-5']);
    const second = await store.listTrackedProposals({ limit: 3, after: first.next ?? '' });
    expect(second).toEqual({ items: [tracked('tp-0', 0)], next: null });
  });

  it('keeps to a time range', async () => {
    const store = await open();
    for (const day of [1, 10, 20]) await store.saveTrackedProposal(tracked(`tp-${day}`, day));
    const page = await store.listTrackedProposals({ limit: 10, since: atDay(5), until: atDay(20) });
    expect(page.items.map((item) => item.id)).toEqual(['tp-10']);
  });

  it('finds a proposal by id, and answers null for an unknown one', async () => {
    const store = await open();
    await store.saveTrackedProposal(tracked('tp-a', 3));
    expect(await store.getTrackedProposal('tp-a')).toEqual(tracked('tp-a', 3));
    expect(await store.getTrackedProposal('tp-b')).toBeNull();
  });

  it('keeps events apart from proposals, newest first', async () => {
    const store = await open();
    const early = event('tp-a', 'viewed', 2);
    const late = event('tp-a', 'hired', 9);
    await store.savePipelineEvent(early);
    await store.savePipelineEvent(late);
    expect((await store.listPipelineEvents({ limit: 10 })).items).toEqual([late, early]);
    expect((await store.listTrackedProposals({ limit: 10 })).items).toEqual([]);
  });

  it('refuses a record that does not fit its schema', async () => {
    const store = await open();
    const error = await rejection(store.saveTrackedProposal({ ...tracked('tp-x'), verdict: 'maybe' as never }));
    expect(error.code).toBe('INVALID_INPUT');
  });
});

describe('the pipeline records on disk', () => {
  it('loses nothing when two stores on one folder append at once, and a new store reads them all', async () => {
    const dir = await tempDir();
    const [first, second] = await Promise.all([createFileStore({ dir }), createFileStore({ dir })]);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        ((i % 2 === 0 ? first : second) as Store).savePipelineEvent({ ...event('tp-a', 'viewed', 1 + (i % 3)), id: `ev-${i}` }),
      ),
    );
    const reopened = await createFileStore({ dir });
    expect((await reopened.listPipelineEvents({ limit: 1000 })).items).toHaveLength(40);
  });

  it('reports a broken line with its file and line number', async () => {
    const dir = await tempDir();
    const store = await createFileStore({ dir });
    await store.saveTrackedProposal(tracked('tp-a', 0));
    await writeFile(path.join(dir, 'pipeline', 'proposals', '2026-12.jsonl'), '{"id": "tp-a"}\n', { flag: 'a' });
    const error = await rejection((await createFileStore({ dir })).listTrackedProposals({ limit: 10 }));
    expect(error.code).toBe('STORE_CORRUPT');
    expect(error.message).toContain('line 2');
    expect(JSON.stringify(error.details)).toContain('2026-12.jsonl');
  });
});
