/**
 * Cold start of the real command, each run a fresh process: `bidwright --help`, `bidwright lint`
 * on a short draft, and `bidwright serve` until it listens, next to `node -e 0` and the floor
 * under lint (bench/lib/rubric-floor.ts: the rubric alone, bundled as the build bundles src/).
 * Median of 15, taken in rounds (each round runs every command once) so a change in the machine's
 * load falls on all of them alike.
 * Prints one JSON line. Run: npx tsx bench/measure-cold-start.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundle-options.mjs';
import { BIN, cliEnv, serve } from './lib/cli.ts';
import { percentile } from './lib/load.ts';

const RUNS = 15;
const dir = mkdtempSync(path.join(os.tmpdir(), 'bidwright-cold-'));
const draft = path.join(dir, 'draft.txt');
writeFileSync(draft, 'Your weekly numbers disagree because each source is exported by hand. First step: a short call. Which metric matters most?\n');
const floor = path.join(dir, 'rubric-floor.mjs');
await build({ ...bundleOptions, entryPoints: [path.join(import.meta.dirname, 'lib', 'rubric-floor.ts')], outfile: floor, logLevel: 'warning' });

function median(samples: number[]): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
}

/** Wall time of a process from spawn to exit, in ms (exit status ignored: lint exits 1 on an error finding). */
function timeProcess(args: string[]): number {
  const started = performance.now();
  spawnSync(process.execPath, args, { env: cliEnv(dir), stdio: 'ignore' });
  return performance.now() - started;
}

async function timeServe(): Promise<number> {
  const started = performance.now();
  const server = await serve(dir);
  const ms = performance.now() - started;
  await server.stop();
  return ms;
}

const commands: Record<string, () => number | Promise<number>> = {
  'node -e 0': () => timeProcess(['-e', '0']),
  '--help': () => timeProcess([BIN, '--help']),
  lint: () => timeProcess([BIN, '--engine', 'offline', 'lint', draft]),
  'lint floor: the rubric alone': () => timeProcess([floor, draft]),
  'serve (until listening)': timeServe,
};
const rows = [];
try {
  const samples = new Map(Object.keys(commands).map((command) => [command, [] as number[]]));
  for (let i = 0; i < RUNS; i++) for (const [command, run] of Object.entries(commands)) samples.get(command)?.push(await run());
  for (const [command, times] of samples) {
    rows.push({ command, median: median(times), min: Math.min(...times) });
    process.stderr.write(`cold ${command}: median ${median(times).toFixed(0)} ms\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify({ coldStart: rows }));
