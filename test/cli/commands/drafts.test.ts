import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DraftExport } from '../../../src/app/export-drafts.ts';
import { createMemoryStore } from '../../../src/storage/memory-store.ts';
import { EXAMPLES_DIR, runBidwright } from '../../helpers/cli.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

const POST = path.join(EXAMPLES_DIR, 'job-post.txt');

async function storeWithDrafts() {
  const store = createMemoryStore();
  expect((await runBidwright(['propose', POST], { store })).code).toBe(0);
  const lint = await runBidwright(['lint', '-', '--job', POST], { store, stdin: 'I will delve into your checkout and fix it. What is your budget?' });
  expect(lint.stdout).toMatch(/Kept in your draft history as [0-9a-f]{16}/);
  return store;
}

describe('bidwright lint --draft', () => {
  it('checks an edit of a kept draft against its post, without calling it a repeat of that draft', async () => {
    const store = createMemoryStore();
    const letter =
      'Your checkout drops buyers at the shipping step on phones. I would remove the repeated address form first, then compare a week. Which phone shows the worst drop?';
    const first = await runBidwright(['lint', '-'], { store, stdin: letter });
    const id = /history as ([0-9a-f]{16})/.exec(first.stdout)?.[1] ?? '';
    const edit = `${letter} I can start on Monday.`;
    expect((await runBidwright(['lint', '-', '--draft', id], { store, stdin: edit })).stdout).not.toContain('P21');
    // The same edit without naming its draft reads as a repeat: the reuse check still works.
    expect((await runBidwright(['lint', '-'], { store, stdin: `${edit} Thanks.` })).stdout).toContain('P21');
  });
});

describe('bidwright drafts', () => {
  it('lists kept drafts newest first, and narrows them by search and page size', async () => {
    const store = await storeWithDrafts();
    const all = await runBidwright(['--json', 'drafts', 'list'], { store });
    const page = JSON.parse(all.stdout) as { items: Array<{ kind: string }>; next: string | null };
    expect(page.items.map((item) => item.kind)).toEqual(['lint', 'proposal']);
    const found = await runBidwright(['drafts', 'list', '--search', 'DELVE'], { store });
    expect(found.stdout).toContain('checked v1');
    expect(found.stdout).not.toContain('drafted v1');
    const first = JSON.parse((await runBidwright(['--json', 'drafts', 'list', '--limit', '1'], { store })).stdout) as typeof page;
    expect(first.items).toHaveLength(1);
    const second = JSON.parse((await runBidwright(['--json', 'drafts', 'list', '--limit', '1', '--after', first.next ?? ''], { store })).stdout) as typeof page;
    expect(second.items.map((item) => item.kind)).toEqual(['proposal']);
  });

  it('shows one draft with its text and findings, and refuses an unknown id', async () => {
    const store = await storeWithDrafts();
    const [latest] = (await store.listDrafts({ limit: 1 })).items;
    const shown = await runBidwright(['drafts', 'show', latest?.id ?? ''], { store });
    expect(shown.stdout).toContain('I will delve into your checkout');
    expect(shown.stdout).toMatch(/P16 .*delve/);
    const missing = await runBidwright(['drafts', 'show', 'no-such-draft'], { store });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No draft has the id "no-such-draft"');
  });

  it('exports CSV and JSON to standard output or a new file, never over an existing one', async () => {
    const store = await storeWithDrafts();
    const csv = await runBidwright(['drafts', 'export', '--format', 'csv'], { store });
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^id,created_at,kind,version,/);
    const dir = await mkdtemp(path.join(tmpdir(), 'bidwright-export-'));
    dirs.push(dir);
    const out = path.join(dir, 'drafts.json');
    const written = await runBidwright(['drafts', 'export', '--format', 'json', '--out', out], { store });
    expect(written.stderr).toContain('Wrote 2 draft(s) as JSON');
    expect(DraftExport.parse(JSON.parse(await readFile(out, 'utf8')))).toHaveLength(2);
    expect((await runBidwright(['drafts', 'export', '--format', 'json', '--out', out], { store })).stderr).toContain('already exists');
    expect((await runBidwright(['drafts', 'export', '--format', 'xml'], { store })).code).toBe(2);
  });
});
