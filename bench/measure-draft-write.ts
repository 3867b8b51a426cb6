/**
 * One draft write through the file store (`Store.saveDraft`) with 100 and with 20,000 drafts
 * already stored, each the size of a real proposal. Median of five writes.
 * Prints one JSON line. Run: npx tsx bench/measure-draft-write.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewDraft } from '../src/domain/draft-record.ts';
import type { Store } from '../src/domain/ports.ts';
import { STORE_FILE_NAME, createFileStore } from '../src/storage/file-store.ts';
import { benchLibrary } from './lib/library.ts';
import { percentile } from './lib/load.ts';

const TEXT = 'Your weekly numbers disagree because each source is exported by hand. '.repeat(20);

const draft = (i: number): NewDraft => ({
  id: `draft-${i}`,
  text: `${TEXT}${i}`,
  createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  postTitle: `Post ${i}`,
  postKey: `post-${i}`,
});

/**
 * Writes `count` drafts straight into the store's draft log (one JSON line each, in this month's
 * file) beside a 10-item library: saving them one by one would take longer than the bench.
 */
function seed(dir: string, count: number): void {
  writeFileSync(path.join(dir, STORE_FILE_NAME), JSON.stringify({ version: 1, profile: {}, proof: benchLibrary(10) }));
  mkdirSync(path.join(dir, 'drafts'));
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify(draft(i + 1)));
  writeFileSync(path.join(dir, 'drafts', '2026-01.jsonl'), `${lines.join('\n')}\n`);
}

/** How many drafts the store holds, page by page. */
async function countDrafts(store: Store): Promise<number> {
  let kept = 0;
  let after: string | undefined;
  do {
    const page = await store.listDrafts({ limit: 1000, ...(after === undefined ? {} : { after }) });
    kept += page.items.length;
    after = page.next ?? undefined;
  } while (after !== undefined);
  return kept;
}

const rows = [];
for (const count of [100, 20_000]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bidwright-drafts-'));
  try {
    seed(dir, count);
    const store = await createFileStore({ dir });
    await store.listDrafts({ limit: 1 });
    const samples: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const started = performance.now();
      await store.saveDraft(draft(count + i));
      samples.push(performance.now() - started);
    }
    const median = percentile(
      [...samples].sort((a, b) => a - b),
      50,
    );
    // A store that keeps only its newest drafts shows it here.
    const kept = await countDrafts(store);
    rows.push({ stored: count, median, kept });
    process.stderr.write(`draft write with ${count} stored: median ${median.toFixed(1)} ms, ${kept} drafts kept after\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(JSON.stringify({ draftWrite: rows }));
