#!/usr/bin/env node
// Runs the compiled CLI in dist/ (`npm run build`; `npm install` in a checkout runs it), so no
// TypeScript is compiled at run time.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps the compiled bytecode of dist/ and the dependencies on disk, so a second run
// skips most of the parsing and compiling (Node 20 has no such cache).
module.enableCompileCache?.();

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('bidwright: the compiled CLI (dist/) is missing; run npm run build\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
