/** The built `bidwright` command run as a user runs it: a fresh node process on a data folder. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { CliRun } from './cli.ts';

export const BIN = fileURLToPath(new URL('../../bin/bidwright.js', import.meta.url));
const run = promisify(execFile);

/** Runs `node [nodeArgs] args...` with only PATH, the data folder, NO_COLOR and `env` set; never throws on a failing exit. */
export async function spawnNode(args: string[], dataDir: string, nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...nodeArgs, ...args], {
      env: { PATH: process.env.PATH, BIDWRIGHT_DATA_DIR: dataDir, NO_COLOR: '1', ...env },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
