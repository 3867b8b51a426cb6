/**
 * One draft write through the file store (`Store.saveDraft`) with 100 and with 20,000 drafts
 * already stored, each the size of a real proposal. Median of five writes.
 * Prints one JSON line. Run: npx tsx bench/measure-draft-write.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StoredDraft } from '../src/domain/ports.ts';
import { STORE_FILE_NAME, createFileStore } from '../src/storage/file-store.ts';
import { defaultStoreData } from '../src/storage/store-data.ts';
import { benchLibrary } from './lib/library.ts';
import { percentile } from './lib/load.ts';

const TEXT = 'Your weekly numbers disagree because each source is exported by hand. '.repeat(20);

const draft = (i: number): StoredDraft => ({
  id: `draft-${i}`,
  text: `${TEXT}${i}`,
  createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  postTitle: `Post ${i}`,
  postKey: `post-${i}`,
});

/**
 * Writes `count` drafts straight into the data file: saving them one by one would take longer
 * than the bench. Today's file holds the drafts in its one document; a store that keeps drafts
 * elsewhere seeds them its own way here.
 */
function seed(dir: string, count: number): void {
  const drafts = Array.from({ length: count }, (_, i) => draft(count - i));
  writeFileSync(path.join(dir, STORE_FILE_NAME), JSON.stringify({ ...defaultStoreData(), proof: benchLibrary(10), drafts }));
}

const rows = [];
for (const count of [100, 20_000]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bidwright-drafts-'));
  try {
    seed(dir, count);
    const store = await createFileStore({ dir });
    await store.listDrafts(1);
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
    const kept = (await store.listDrafts(count + 10)).length;
    rows.push({ stored: count, median, kept });
    process.stderr.write(`draft write with ${count} stored: median ${median.toFixed(1)} ms, ${kept} drafts kept after\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(JSON.stringify({ draftWrite: rows }));
