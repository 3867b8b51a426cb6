import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, spawnNode } from '../helpers/spawn-bin.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const EXAMPLE_PROOF = fileURLToPath(new URL('../../examples/proof.json', import.meta.url));

// A module hook that names every module the process loads on stderr, so a test can see what a
// command pulls in without timing anything.
const HOOK = 'export async function load(url, context, next) { process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }';
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;

/**
 * The source modules `bidwright ARGS` runs, as paths below the repository (`src/app/lint.ts`,
 * `node_modules/hono/...`): the files it loads from dist/ are bundles, and the build lists the
 * modules in each in dist/modules.json.
 */
async function modulesLoaded(args: string[], dataDir: string): Promise<string[]> {
  const result = await spawnNode([BIN, ...args], dataDir, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`]);
  const files = result.stderr
    .split('\n')
    .filter((line) => line.startsWith('LOADED file:'))
    .map((line) => fileURLToPath(line.slice('LOADED '.length)));
  const bundled = JSON.parse(await readFile(join(DIST, 'modules.json'), 'utf8')) as Record<string, string[]>;
  const modules: string[] = [];
  for (const file of files) {
    if (!file.startsWith(DIST)) {
      modules.push(file.replace(/^.*?\/(node_modules|bin)\//, '$1/'));
      continue;
    }
    modules.push(...(bundled[relative(DIST, file).split(sep).join('/')] ?? []));
  }
  return modules;
}

describe('starting the built command', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bidwright-start-'));
  });

  it('says in one line to run the build when dist/ is missing', async () => {
    const bare = join(dir, 'checkout', 'bin');
    await mkdir(bare, { recursive: true });
    await copyFile(BIN, join(bare, 'bidwright.js'));
    const result = await spawnNode([join(bare, 'bidwright.js'), '--help'], join(dir, 'data'));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('run npm run build');
  });

  it('loads no use case, engine, store or server for --help, nor zod and the configuration', async () => {
    const loaded = await modulesLoaded(['--help'], join(dir, 'data'));
    expect(loaded).toContain('src/cli/run-cli.ts');
    expect(loaded.filter((path) => /^src\/(app|engines|rubric|retrieval|storage|http|render|evals|parse)\//.test(path))).toEqual([]);
    expect(loaded).not.toContain('src/config.ts');
    expect(loaded.filter((path) => path.startsWith('node_modules/') && !/^node_modules\/commander\//.test(path))).toEqual([]);
  });

  it('prints help whatever the environment, and refuses a command on a bad one, naming the variable', async () => {
    const env = { BIDWRIGHT_PORT: 'eighty' };
    const help = await spawnNode([BIN, '--help'], join(dir, 'data'), [], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: bidwright');
    const list = await spawnNode([BIN, 'proof', 'list'], join(dir, 'data'), [], env);
    expect(list.code).toBe(2);
    expect(list.stderr).toBe('bidwright: The environment is invalid: BIDWRIGHT_PORT must be a number\n');
  });

  it('lints without loading the model SDK, an engine, Hono or the web views', async () => {
    const draft = join(dir, 'draft.txt');
    await writeFile(draft, 'Your checkout loses buyers at the shipping step. I would start with a screen recording of it. Which step loses most?\n');
    const loaded = await modulesLoaded(['lint', draft], join(dir, 'data'));
    expect(loaded).toContain('src/app/lint.ts');
    expect(loaded.filter((path) => /^node_modules\/(ai|@ai-sdk|hono|@hono)\/|^src\/(engines|http)\//.test(path))).toEqual([]);
    // It prints with its own view, not the module of every command's views (and their schemas).
    expect(loaded).toContain('src/cli/lint-view.ts');
    expect(loaded).not.toContain('src/cli/views.ts');
    // Checked on its own, a draft needs no post parser and no ranker (only the small check of accepted instructions).
    expect(loaded.filter((path) => /^src\/(retrieval\/|parse\/(?!accept-instructions\.ts$))/.test(path))).toEqual([]);
  });

  it('loads the post parser and the ranker when the draft answers a post', async () => {
    const draft = join(dir, 'draft.txt');
    const post = join(dir, 'post.txt');
    await writeFile(draft, 'Your checkout loses buyers at the shipping step. I would start with a screen recording of it. Which step loses most?\n');
    await writeFile(post, 'Shopify checkout fix\n\nOur checkout loses buyers at the shipping step. We need someone to find why and fix it this month.\n');
    const loaded = await modulesLoaded(['lint', draft, '--job', post], join(dir, 'data'));
    expect(loaded).toContain('src/parse/parse-job-post.ts');
    expect(loaded).toContain('src/retrieval/proof-ranker.ts');
  });

  it('compiles no zod parser at run time: the build makes zod jitless before any schema is built', async () => {
    const data = join(dir, 'jitless');
    expect((await spawnNode([BIN, 'proof', 'import', EXAMPLE_PROOF], data)).code).toBe(0);
    const draft = join(dir, 'jitless-draft.txt');
    await writeFile(draft, 'Your checkout loses buyers at the shipping step. I would start with a screen recording of it. Which step loses most?\n');
    // Counts `new Function(...)`, which zod uses to compile a parser, and prints the count at exit.
    const counter =
      'let made = 0; const F = globalThis.Function; globalThis.Function = new Proxy(F, { construct(target, args) { made += 1; return Reflect.construct(target, args); } }); process.on("exit", () => process.stderr.write(`FUNCTIONS ${made}\\n`));';
    const result = await spawnNode([BIN, 'lint', draft], data, ['--import', `data:text/javascript,${encodeURIComponent(counter)}`]);
    expect(result.stdout).toContain('Kept in your draft history');
    expect(result.stderr).toContain('FUNCTIONS 0');
  });
});
