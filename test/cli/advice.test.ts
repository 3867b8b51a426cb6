import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliAdvice, formatCliError } from '../../src/cli/advice.ts';
import { BidwrightError } from '../../src/domain/errors.ts';
import { ProofItem } from '../../src/domain/schemas.ts';
import { createFileStore } from '../../src/storage/file-store.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { runBidwright } from '../helpers/cli.ts';

const ITEM = ProofItem.parse({ id: 'shop-audit', kind: 'case_study', title: 'Checkout audit' });

describe('cliAdvice', () => {
  it('points an unknown proof id to proof list', () => {
    const error = new BidwrightError('NOT_FOUND', 'No proof item has the id "x".', { details: { reason: 'unknown-proof-id', id: 'x' } });
    expect(cliAdvice(error)).toBe('Run `bidwright proof list` to see the ids.');
  });

  it('points a taken proof id to import and rm, naming the id', () => {
    const error = new BidwrightError('CONFLICT', 'taken', { details: { reason: 'duplicate-proof-id', id: 'shop-audit' } });
    expect(cliAdvice(error)).toBe('Run `bidwright proof import FILE` to replace it, or `bidwright proof rm shop-audit` first.');
  });

  it('names the file and the --data flag for store failures', () => {
    const corrupt = new BidwrightError('STORE_CORRUPT', 'x', { details: { reason: 'corrupt-store-file', file: '/d/bidwright.json' } });
    expect(cliAdvice(corrupt)).toBe('Fix or move /d/bidwright.json; bidwright will not overwrite it.');
    const io = new BidwrightError('STORE_IO', 'x', { details: { reason: 'unusable-store-file', file: '/d/bidwright.json' } });
    expect(cliAdvice(io)).toContain('Check that /d is a writable folder');
    expect(cliAdvice(io)).toContain('--data');
  });

  it("sends bad input to the running command's help", () => {
    expect(cliAdvice(new BidwrightError('INVALID_INPUT', 'bad'), 'proof add')).toBe('Run `bidwright proof add --help` for the expected input.');
    expect(cliAdvice(new BidwrightError('INVALID_INPUT', 'bad'))).toBe('Run `bidwright --help` for the expected input.');
  });

  it('offers the offline engine when the model fails', () => {
    expect(cliAdvice(new BidwrightError('LLM_TIMEOUT', 'slow'))).toMatch(/--engine offline/);
  });

  it('adds nothing where the message says all there is', () => {
    expect(cliAdvice(new BidwrightError('CONFIG', 'BIDWRIGHT_PRICES is invalid.'))).toBeNull();
    expect(formatCliError(new BidwrightError('CONFIG', 'BIDWRIGHT_PRICES is invalid.'))).toBe('bidwright: BIDWRIGHT_PRICES is invalid.\n');
  });

  it('ends the message as a sentence before the advice', () => {
    expect(formatCliError(new BidwrightError('INVALID_INPUT', 'id: no spaces'), 'proof add')).toBe(
      'bidwright: id: no spaces. Run `bidwright proof add --help` for the expected input.\n',
    );
  });

  it('keeps a message with line breaks on one line', () => {
    expect(formatCliError(new BidwrightError('CONFIG', 'two\nlines'))).toBe('bidwright: two lines\n');
  });
});

describe('the CLI on failures the core reports', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const oneLine = (run: { code: number; stderr: string }) => {
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  };

  it('tells how to see the ids when a proof item is not found', async () => {
    const run = await runBidwright(['proof', 'rm', 'ghost'], { store: createMemoryStore() });
    oneLine(run);
    expect(run.stderr).toBe('bidwright: No proof item has the id "ghost". Run `bidwright proof list` to see the ids.\n');
  });

  it('tells how to replace or remove an item whose id is taken', async () => {
    const store = createMemoryStore({ proof: [ITEM] });
    const run = await runBidwright(['proof', 'add', '--id', 'shop-audit', '--title', 'Another'], { store });
    oneLine(run);
    expect(run.stderr).toContain('"shop-audit" already exists');
    expect(run.stderr).toContain('`bidwright proof rm shop-audit`');
  });

  it('names the corrupt data file and says it will not be overwritten', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bidwright-advice-'));
    const file = join(dir, 'bidwright.json');
    await writeFile(file, '{ "version": 1, ');
    const run = await runBidwright(['proof', 'list'], { store: await createFileStore({ dir }) });
    oneLine(run);
    expect(run.stderr).toMatch(/^bidwright: The data file is corrupt: it is not valid JSON/);
    expect(run.stderr).toContain(`Fix or move ${file}; bidwright will not overwrite it.`);
  });

  it("sends invalid input to the command's help", async () => {
    const run = await runBidwright(['proof', 'add', '--id', 'bad id', '--title', 'Spaces in the id'], { store: createMemoryStore() });
    oneLine(run);
    expect(run.stderr).toMatch(/^bidwright: Id: use letters, digits/);
    expect(run.stderr).toContain('Run `bidwright proof add --help` for the expected input.');
  });

  it('names the flag that fails to parse before the command runs', async () => {
    const run = await runBidwright(['profile', 'set', '--rate-floor', 'lots'], { store: createMemoryStore() });
    oneLine(run);
    expect(run.stderr).toContain('Run `bidwright profile set --help` for the expected input.');
  });
});
