/**
 * The server as users run it (`bidwright serve`, offline engine, file store) with 10 and 10,000
 * proof items: POST /api/proposals, /api/triage and /api/lint at 8 connections, next to GET
 * /healthz on the same server. Prints one JSON line. Run: npx tsx bench/measure-http.ts [seconds]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, serve } from './lib/cli.ts';
import { benchLibrary } from './lib/library.ts';
import { type LoadRequest, load } from './lib/load.ts';

const SECONDS = Number(process.argv[2] ?? 3);
const SIZES = [10, 10_000];
const examples = new URL('../examples/', import.meta.url);
const post = readFileSync(new URL('job-post.txt', examples), 'utf8');

async function measure(size: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bidwright-bench-'));
  try {
    const file = path.join(dir, 'proof.json');
    writeFileSync(file, JSON.stringify(benchLibrary(size)));
    cli(dir, ['proof', 'import', file]);
    cli(dir, ['profile', 'set', new URL('profile.json', examples).pathname]);
    const server = await serve(dir);
    try {
      const proposal = { method: 'POST', path: '/api/proposals', body: JSON.stringify({ jobPost: post }) } as const;
      const first = await fetch(`${server.url}${proposal.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: proposal.body });
      const { text: draft, citations } = (await first.json()) as { text: string; citations: string[] };
      // A proposal that found no proof skips most of the work: timing it would flatter the server.
      if (citations.length === 0) throw new Error(`with ${size} proof items the example post's proposal cites no proof; the figures would not be comparable`);
      const requests: Record<string, LoadRequest> = {
        healthz: { method: 'GET', path: '/healthz' },
        proposals: proposal,
        triage: { method: 'POST', path: '/api/triage', body: JSON.stringify({ jobPost: post }) },
        lint: { method: 'POST', path: '/api/lint', body: JSON.stringify({ text: draft, jobPost: post }) },
      };
      const rows = [];
      for (const [endpoint, request] of Object.entries(requests)) {
        // A second of load first: the load generator shares the machine, and a cold one undercounts /healthz.
        await load(server.url, request, { connections: 8, seconds: 1, minRequests: 4 });
        const result = await load(server.url, request, { connections: 8, seconds: SECONDS });
        rows.push({ size, endpoint, ...result, ...(endpoint === 'proposals' ? { cited: citations.length } : {}) });
        process.stderr.write(`http ${size} ${endpoint}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms\n`);
      }
      return rows;
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
for (const size of SIZES) rows.push(...(await measure(size)));
console.log(JSON.stringify({ http: rows }));
