/**
 * Cold start of the built CLI next to `node -e 0`: the median wall time of 10 fresh processes for
 * `--help` and `lint` on a short draft, and how long `serve` takes to print its address.
 * Run `npm run build` first: it times `bin/bidwright.js`, which runs dist/.
 * `npx tsx bench/cold-start.ts [runs]`
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/bidwright.js', import.meta.url));
const runs = Number(process.argv[2] ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'bidwright-cold-'));
const draft = join(dir, 'draft.txt');
writeFileSync(
  draft,
  'Your checkout drops buyers at the shipping step. I fixed the same leak for a Shopify store last spring. First step: a screen recording of the flow. Which step loses most?\n',
);
const env = { PATH: process.env.PATH, BIDWRIGHT_DATA_DIR: join(dir, 'data'), NO_COLOR: '1' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function timeProcess(args: string[]): number {
  const start = performance.now();
  spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  return performance.now() - start;
}

/** Milliseconds from spawning `serve` to its "listening on" line; the server is then stopped. */
function timeServeReady(): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [BIN, 'serve', '--engine', 'offline', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('listening on')) return;
      const elapsed = performance.now() - start;
      child.once('exit', () => resolve(elapsed));
      child.kill('SIGTERM');
    });
    child.once('error', reject);
  });
}

const rows: Array<[string, number]> = [];
const measure = (name: string, args: string[]) => rows.push([name, median(Array.from({ length: runs }, () => timeProcess(args)))]);
measure('node -e 0', ['-e', '0']);
measure('bidwright --help', [BIN, '--help']);
measure('bidwright lint <short draft>', [BIN, 'lint', draft]);
const serve: number[] = [];
for (let i = 0; i < runs; i += 1) serve.push(await timeServeReady());
rows.push(['bidwright serve (ready)', median(serve)]);

const floor = rows[0]?.[1] ?? 1;
process.stdout.write(`cold start, median of ${runs} (node ${process.version}):\n`);
for (const [name, ms] of rows) process.stdout.write(`  ${name.padEnd(30)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / floor).toFixed(1)}x node -e 0\n`);
