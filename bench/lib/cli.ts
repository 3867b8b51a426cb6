/** Runs the real `bidwright` command as a user would: the bin script, a data folder, the offline engine. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/bidwright.js', import.meta.url));

/**
 * The environment a bench run gives the CLI: no model configured, a work limit the bench cannot
 * reach, and none of the Node settings a machine may carry (NODE_EXTRA_CA_CERTS makes every node
 * process read a certificate bundle first, about 40 ms here, which would hide in the `node -e 0`
 * baseline what a user's machine does not pay).
 */
export function cliEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BIDWRIGHT_DATA_DIR: dataDir, BIDWRIGHT_RATE_LIMIT: '100000000' };
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS']) delete env[name];
  return env;
}

/** Runs `bidwright args...` to the end; throws when it exits non-zero. */
export function cli(dataDir: string, args: string[], input?: string): string {
  const result = spawnSync(process.execPath, [BIN, '--engine', 'offline', ...args], { env: cliEnv(dataDir), input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bidwright ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** `bidwright serve --port 0` on `dataDir`; resolves with its URL once it listens. */
export function serve(dataDir: string): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [BIN, '--engine', 'offline', 'serve', '--port', '0'], { env: cliEnv(dataDir), stdio: ['ignore', 'pipe', 'ignore'] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url !== undefined) resolve({ url, child, stop });
    });
    child.once('exit', (code) => reject(new Error(`bidwright serve exited ${code} before listening: ${out}`)));
  });
}
