/**
 * `npm run bench`: runs each bench/measure-*.ts in its own process, one after the other (so one's
 * heap does not skew another's figures), collects the JSON line each prints last, and writes it all
 * as reports/bench/bench.json and a Markdown table, reports/bench/bench.md, with the machine it
 * ran on. The other scripts in this folder are tools to run by hand.
 * Run: npm run bench [-- OUT_DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toMarkdown } from './lib/report.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const out = path.resolve(process.argv[2] ?? 'reports/bench');
const scripts = readdirSync(dir)
  .filter((name) => name.startsWith('measure-') && name.endsWith('.ts'))
  .sort();

const results: Record<string, unknown> = {};
let failed = 0;
for (const script of scripts) {
  process.stderr.write(`== ${script}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${script}`], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    if (run.status !== 0) throw new Error(`exited ${run.status}`);
    Object.assign(results, JSON.parse(last));
  } catch (error) {
    failed += 1;
    process.stderr.write(`${script} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version, load: os.loadavg().map((n) => Number(n.toFixed(1))) };
const report = { date: new Date().toISOString(), commit, machine, ...results };
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
const markdown = toMarkdown(report as never);
writeFileSync(path.join(out, 'bench.md'), markdown);
process.stdout.write(markdown);
process.stderr.write(`written: ${path.join(out, 'bench.json')}, ${path.join(out, 'bench.md')}\n`);
process.exitCode = failed === 0 ? 0 : 1;
