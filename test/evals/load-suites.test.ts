import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BidwrightError } from '../../src/domain/errors.ts';
import { loadSuites } from '../../src/evals/load-suites.ts';
import { FIXTURES_DIR, SUITES_DIR } from './fixtures/small-suite.ts';

async function tempEvals(suites: Record<string, unknown>, fixtures: Record<string, unknown> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'bidwright-evals-'));
  await mkdir(join(dir, 'suites'));
  await mkdir(join(dir, 'fixtures', 'libraries'), { recursive: true });
  await mkdir(join(dir, 'fixtures', 'profiles'), { recursive: true });
  for (const [name, body] of Object.entries(suites)) await writeFile(join(dir, 'suites', name), typeof body === 'string' ? body : JSON.stringify(body));
  for (const [name, body] of Object.entries(fixtures)) await writeFile(join(dir, 'fixtures', name), JSON.stringify(body));
  return { suitesDir: join(dir, 'suites'), fixturesDir: join(dir, 'fixtures') };
}

const suite = (name: string, cases: object[]) => ({ suite: name, cases });
const proposalCase = (extra: object = {}) => ({ id: 'one', kind: 'proposal', input: { jobPost: 'Fix our Xero bank rules.' }, ...extra });

async function failure(promise: Promise<unknown>): Promise<BidwrightError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(BidwrightError);
  return error as BidwrightError;
}

describe('loadSuites', () => {
  it('loads a suite and resolves its library and profile fixtures', async () => {
    const [small] = await loadSuites({ suitesDir: SUITES_DIR, fixturesDir: FIXTURES_DIR, names: ['small'] });
    const first = small!.cases[0]!;
    expect(Array.isArray(first.library) && first.library.map((item) => item.id)).toEqual(['ledger-cleanup', 'invoice-sheet']);
    expect(typeof first.profile === 'object' && first.profile.rateFloor).toBe(35);
    expect(small!.thresholds).toEqual({ warnPassRate: 0.5, rules: {} });
  });

  it('loads every suite in the folder in name order, and a suite by file path', async () => {
    const dirs = await tempEvals({
      'b.json': suite('bee', [proposalCase({ library: [], profile: {} })]),
      'a.json': suite('ay', [proposalCase({ library: [], profile: {} })]),
    });
    expect((await loadSuites(dirs)).map((s) => s.suite)).toEqual(['ay', 'bee']);
    expect((await loadSuites({ ...dirs, names: [join(dirs.suitesDir, 'b.json')] })).map((s) => s.suite)).toEqual(['bee']);
  });

  it('rejects a suite that breaks the schema, naming the file and the path of the problem', async () => {
    const dirs = await tempEvals({ 'bad.json': suite('bad', [proposalCase({ kind: 'essay' })]) });
    const error = await failure(loadSuites(dirs));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain(join(dirs.suitesDir, 'bad.json'));
    expect(error.message).toContain('cases.0.kind');
  });

  it('rejects a file that is not JSON', async () => {
    const dirs = await tempEvals({ 'broken.json': '{ "suite": ' });
    expect((await failure(loadSuites(dirs))).message).toMatch(/broken\.json is not valid JSON/);
  });

  it('names a missing fixture and the case that uses it', async () => {
    const dirs = await tempEvals({ 's.json': suite('s', [proposalCase({ library: 'nowhere' })]) });
    const error = await failure(loadSuites(dirs));
    expect(error.message).toContain('Case "s/one"');
    expect(error.message).toContain('the library "nowhere"');
    expect(error.message).toContain(join('libraries', 'nowhere.json'));
  });

  it('rejects an invalid fixture and a fixture name that reaches outside the folder', async () => {
    const dirs = await tempEvals({ 's.json': suite('s', [proposalCase({ library: [], profile: 'odd' })]) }, { 'profiles/odd.json': { rateFloor: -5 } });
    expect((await failure(loadSuites(dirs))).message).toContain('rateFloor');
    const outside = await tempEvals({ 's.json': suite('s', [proposalCase({ library: '../secrets' })]) });
    expect((await failure(loadSuites(outside))).message).toContain('a fixture name uses letters');
  });

  it('lists the suites there are when a named one does not exist', async () => {
    const error = await failure(loadSuites({ suitesDir: SUITES_DIR, fixturesDir: FIXTURES_DIR, names: ['proposals-typo'] }));
    expect(error.message).toBe(`No suite named "proposals-typo" in ${SUITES_DIR}; the suites there are: small.`);
  });

  it('rejects duplicate case ids and an empty folder', async () => {
    const dup = await tempEvals({ 'd.json': suite('d', [proposalCase({ library: [] }), proposalCase({ library: [] })]) });
    expect((await failure(loadSuites(dup))).message).toContain('two cases with the id "one"');
    expect((await failure(loadSuites(await tempEvals({})))).message).toContain('No suites (*.json)');
  });
});
