/**
 * Cold start of the built CLI next to `node -e 0`: the median wall time of 10 fresh processes for
 * `--help` and `lint` on a short draft, and how long `serve` takes to print its address. On Linux
 * it also gives the median CPU time of each process (user + system, 10 ms steps), which a busy
 * machine inflates far less than wall time.
 * Run `npm run build` first: it times `bin/bidwright.js`, which runs dist/.
 * `npx tsx bench/cold-start.ts [runs] [bin]` (another checkout's bin/bidwright.js, to compare)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = process.argv[3] ?? fileURLToPath(new URL('../bin/bidwright.js', import.meta.url));
const runs = Number(process.argv[2] ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'bidwright-cold-'));
const draft = join(dir, 'draft.txt');
writeFileSync(
  draft,
  'Your checkout drops buyers at the shipping step. I fixed the same leak for a Shopify store last spring. First step: a screen recording of the flow. Which step loses most?\n',
);
const env = { PATH: process.env.PATH, BIDWRIGHT_DATA_DIR: join(dir, 'data'), NO_COLOR: '1' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface Sample {
  wall: number;
  cpu: number;
}

/** CPU milliseconds of this process's children that have ended (Linux's cutime + cstime), or NaN. */
function childrenCpu(): number {
  if (!existsSync('/proc/self/stat')) return Number.NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After the command name: state is field 3, so cutime and cstime (fields 16 and 17) sit at 13 and 14; ticks are 10 ms.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function timeProcess(args: string[]): Sample {
  const cpu = childrenCpu();
  const start = performance.now();
  spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  return { wall: performance.now() - start, cpu: childrenCpu() - cpu };
}

/** Milliseconds from spawning `serve` to its "listening on" line; the server is then stopped. */
function timeServeReady(): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const cpu = childrenCpu();
    const start = performance.now();
    const child = spawn(process.execPath, [BIN, 'serve', '--engine', 'offline', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('listening on')) return;
      const elapsed = performance.now() - start;
      child.once('exit', () => resolve({ wall: elapsed, cpu: childrenCpu() - cpu }));
      child.kill('SIGTERM');
    });
    child.once('error', reject);
  });
}

const rows: Array<[string, Sample[]]> = [];
const measure = (name: string, args: string[]) => rows.push([name, Array.from({ length: runs }, () => timeProcess(args))]);
measure('node -e 0', ['-e', '0']);
measure('bidwright --help', [BIN, '--help']);
measure('bidwright lint <short draft>', [BIN, 'lint', draft]);
const serve: Sample[] = [];
for (let i = 0; i < runs; i += 1) serve.push(await timeServeReady());
rows.push(['bidwright serve (ready)', serve]);

const wall = (samples: Sample[]) => median(samples.map((sample) => sample.wall));
const cpu = (samples: Sample[]) => median(samples.map((sample) => sample.cpu));
const [, floor = []] = rows[0] ?? [];
process.stdout.write(`cold start, median of ${runs} (node ${process.version}): wall ms, x node -e 0 | CPU ms, x node -e 0\n`);
for (const [name, samples] of rows) {
  const line = `${wall(samples).toFixed(0).padStart(6)} ${(wall(samples) / wall(floor)).toFixed(1).padStart(5)}x | ${cpu(samples).toFixed(0).padStart(5)} ${(cpu(samples) / cpu(floor)).toFixed(1).padStart(5)}x`;
  process.stdout.write(`  ${name.padEnd(30)} ${line}\n`);
}
