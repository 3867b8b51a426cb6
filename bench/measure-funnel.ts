/**
 * The pipeline funnel (`readFunnel`, 30 days) through the file store with 10,000 tracked
 * proposals sent in the window and their events (about 2.6 each), as a person tracking for years
 * at scale never reaches in 30 days: cold (a fresh store reading the JSONL files) and warm (the
 * store's cache), median of five; the warm run's CPU time too, which a busy machine skews less.
 * Prints one JSON line. Run: npx tsx bench/measure-funnel.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFunnel } from '../src/app/read-funnel.ts';
import type { PipelineEvent, PipelineEventType, TrackedProposal } from '../src/domain/pipeline.ts';
import { createFileStore } from '../src/storage/file-store.ts';
import { percentile } from './lib/load.ts';

const COUNT = 10_000;
const NOW = Date.UTC(2026, 11, 31, 12);
const DAY = 86_400_000;
const clock = { now: () => new Date(NOW) };
// How far each proposal gets, by its index: most are only viewed or nothing, a few hired.
const PATHS: PipelineEventType[][] = [
  [],
  ['no_response'],
  ['viewed'],
  ['viewed', 'declined'],
  ['viewed', 'replied'],
  ['viewed', 'replied', 'interview'],
  ['viewed', 'replied', 'interview', 'hired'],
  ['viewed'],
];

/** Appends the records as JSON lines, one file per month, as the record log writes them. */
function writeLog(dir: string, records: { createdAt: string }[]): void {
  mkdirSync(dir, { recursive: true });
  const months = new Map<string, string[]>();
  for (const record of records) {
    const month = record.createdAt.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), JSON.stringify(record)]);
  }
  for (const [month, lines] of months) writeFileSync(path.join(dir, `${month}.jsonl`), `${lines.join('\n')}\n`);
}

function seed(dir: string): number {
  const proposals: TrackedProposal[] = [];
  const events: PipelineEvent[] = [];
  for (let i = 0; i < COUNT; i++) {
    const sentAt = new Date(NOW - ((i % 29) + 1) * DAY + i).toISOString();
    proposals.push({
      id: `tp-${i}`,
      createdAt: sentAt,
      jobTitle: `Job ${i}`,
      sentAt,
      draftId: null,
      offer: `offer-${i % 5}`,
      proofIds: [`proof-${i % 12}`],
      tone: 'plain',
      connects: 16,
      bid: null,
      verdict: i % 3 === 0 ? 'consider' : 'pursue',
      rubric: 'clean',
    });
    (PATHS[i % PATHS.length] ?? []).forEach((type, step) => {
      const at = new Date(Date.parse(sentAt) + (step + 1) * 3_600_000).toISOString();
      events.push({
        id: `ev-${i}-${step}`,
        createdAt: at,
        proposalId: `tp-${i}`,
        type,
        at,
        note: null,
        objection: type === 'declined' ? `objection ${i % 7}` : null,
      });
    });
  }
  writeLog(path.join(dir, 'pipeline', 'proposals'), proposals);
  writeLog(path.join(dir, 'pipeline', 'events'), events);
  return events.length;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'bidwright-funnel-'));
try {
  const events = seed(dir);
  const cold: number[] = [];
  const warm: number[] = [];
  const warmCpu: number[] = [];
  let sent = 0;
  for (let run = 0; run < 5; run++) {
    const store = await createFileStore({ dir });
    let started = performance.now();
    sent = (await readFunnel({ days: 30 }, { store, clock })).sent;
    cold.push(performance.now() - started);
    started = performance.now();
    const cpu = process.cpuUsage();
    await readFunnel({ days: 30 }, { store, clock });
    warm.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    warmCpu.push((used.user + used.system) / 1000);
  }
  const median = (samples: number[]) =>
    percentile(
      [...samples].sort((a, b) => a - b),
      50,
    );
  process.stdout.write(
    `${JSON.stringify({ funnel: { proposals: sent, events, coldMs: median(cold), warmMs: median(warm), warmCpuMs: median(warmCpu), load: os.loadavg()[0] } })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
