// The layer rules of .dependency-cruiser.cjs (what `npm run lint` runs as `depcruise src`):
// a small tree with one wrong import per rule fails with that rule's name, and the real src passes.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as IConfiguration;

async function check(baseDir: string): Promise<ICruiseResult> {
  const options: ICruiseOptions = {
    ...config.options,
    ruleSet: { forbidden: config.forbidden ?? [] },
    validate: true,
    baseDir,
    outputType: 'json',
  };
  const { output } = await cruise(['src'], options);
  return JSON.parse(output as string) as ICruiseResult;
}

const violations = (result: ICruiseResult) =>
  result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} -> ${violation.to}`).sort();

describe('layer boundaries', () => {
  let fixture: string;

  beforeAll(async () => {
    fixture = await mkdtemp(join(tmpdir(), 'bidwright-boundaries-'));
    const files: Record<string, string> = {
      'src/domain/schemas.ts': "import { fold } from '../text/text.ts';\nexport type Id = string;\nexport const same = fold;\n",
      'src/text/text.ts': 'export const fold = (text: string): string => text.normalize();\n',
      // The case the issue names: parse reaching up into a use case and an engine.
      'src/parse/parse-job-post.ts':
        "import { triage } from '../app/triage.ts';\nimport { engine } from '../engines/offline/index.ts';\nexport const parse = () => [triage, engine];\n",
      'src/app/triage.ts':
        "import type { Id } from '../domain/schemas.ts';\nimport { store } from '../storage/memory-store.ts';\nexport const triage = (id: Id) => [id, store];\n",
      'src/storage/memory-store.ts': "import { parse } from '../parse/parse-job-post.ts';\nexport const store = parse;\n",
      'src/engines/offline/index.ts': "import { main } from '../../main.ts';\nexport const engine = main;\n",
      'src/http/create-app.ts': "import { evalRun } from '../evals/run-eval.ts';\nexport const app = evalRun;\n",
      'src/evals/run-eval.ts': "import { main } from '../main.ts';\nexport const evalRun = main;\n",
      'src/main.ts': "import { app } from './http/create-app.ts';\nexport const main = () => app;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(fixture, path)), { recursive: true });
      await writeFile(join(fixture, path), text);
    }
  });

  afterAll(async () => {
    await rm(fixture, { recursive: true, force: true });
  });

  it('fails an import against the layers, naming the rule, and a cycle', async () => {
    const result = await check(fixture);
    expect(result.summary.error).toBeGreaterThan(0);
    const found = violations(result);
    expect(found).toEqual(
      expect.arrayContaining([
        'feature-imports-only-domain-and-text: src/parse/parse-job-post.ts -> src/app/triage.ts',
        'feature-imports-only-domain-and-text: src/parse/parse-job-post.ts -> src/engines/offline/index.ts',
        'domain-imports-no-project-folder: src/domain/schemas.ts -> src/text/text.ts',
        'app-imports-no-adapter: src/app/triage.ts -> src/storage/memory-store.ts',
        'feature-imports-only-domain-and-text: src/storage/memory-store.ts -> src/parse/parse-job-post.ts',
        'engines-import-nothing-above: src/engines/offline/index.ts -> src/main.ts',
        'http-imports-no-cli-or-evals: src/http/create-app.ts -> src/evals/run-eval.ts',
        'edges-do-not-import-main: src/evals/run-eval.ts -> src/main.ts',
      ]),
    );
    expect(found.some((line) => line.startsWith('no-circular: '))).toBe(true);
  });

  it('passes on the real src', async () => {
    const result = await check(root);
    expect(violations(result)).toEqual([]);
    expect(result.summary.totalCruised).toBeGreaterThan(200);
  });
});
