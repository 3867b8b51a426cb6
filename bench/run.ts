/**
 * `npm run bench`: runs every benchmark script in this folder in its own process, one after the
 * other, so one's heap does not skew another's figures.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const scripts = readdirSync(dir)
  .filter((name) => name.endsWith('.ts') && name !== 'run.ts')
  .sort();
let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n== ${script} ==\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${script}`], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
