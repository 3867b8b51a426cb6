import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gapMarkers } from '../../src/domain/gaps.ts';
import type { Store } from '../../src/domain/ports.ts';
import { LintReport, Offer, Proposal, TaskAudit, Triage } from '../../src/domain/schemas.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { EXAMPLES_DIR, runBidwright } from '../helpers/cli.ts';

const post = join(EXAMPLES_DIR, 'job-post.txt');
let store: Store;
let dir: string;

beforeEach(async () => {
  store = createMemoryStore();
  dir = await mkdtemp(join(tmpdir(), 'bidwright-cli-'));
  expect((await runBidwright(['proof', 'import', join(EXAMPLES_DIR, 'proof.json')], { store })).code).toBe(0);
  expect((await runBidwright(['profile', 'set', join(EXAMPLES_DIR, 'profile.json')], { store })).code).toBe(0);
});

describe('bidwright triage', () => {
  it('prints a verdict, its reasons and the best proof for a pasted post', async () => {
    const run = await runBidwright(['triage', post], { store });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Verdict: (PURSUE|CONSIDER|SKIP)/);
    expect(run.stdout).toContain('refill-checkout-fix');
    expect(run.stdout).toContain('Which checkout metrics would you look at first');
    expect(run.stdout).not.toMatch(/\((?:\w+[.:])?[a-z]+[A-Z]\w*\)/);
  });

  it('says which parts it could not find in case study notes in words', async () => {
    const run = await runBidwright(['casestudy', '-'], {
      store,
      stdin: 'I rebuilt the stock sheet with one SKU table. Stock errors went from 41 a week to 2.',
    });
    expect(run.stdout).toMatch(/Not found in the notes: [a-z ,]+\n/);
    expect(run.stdout).not.toMatch(/Missing:|Not found in the notes: .*clientType/);
  });

  it('prints a schema-shaped result with --json', async () => {
    const run = await runBidwright(['triage', post, '--json'], { store });
    const result = Triage.parse(JSON.parse(run.stdout));
    expect(result.facts.budget).toEqual({ type: 'hourly', min: 45, max: 80, currency: 'USD' });
    expect(result.bestProof[0]?.id).toBe('refill-checkout-fix');
  });

  it('reads the post from standard input with -', async () => {
    const run = await runBidwright(['triage', '-', '--json'], { store, stdin: 'Fixed-price\n$300\nNeed a logo for a bakery.' });
    expect(run.code).toBe(0);
    expect(Triage.parse(JSON.parse(run.stdout)).facts.budget.type).toBe('fixed');
  });
});

describe('bidwright propose', () => {
  it('drafts a proposal that cites real proof and has no error-severity findings', async () => {
    const run = await runBidwright(['propose', post, '--json'], { store });
    expect(run.code).toBe(0);
    const proposal = Proposal.parse(JSON.parse(run.stdout));
    const ids = (await store.listProof()).map((item) => item.id);
    expect(proposal.citations.length).toBeGreaterThan(0);
    for (const id of proposal.citations) expect(ids).toContain(id);
    expect(proposal.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(proposal.screeningAnswers).toHaveLength(2);
  });

  it('shows the draft once as it streams on a terminal, then its counts and findings', async () => {
    const run = await runBidwright(['propose', post], { store, isTTY: true, env: { NO_COLOR: '1' } });
    expect(run.code).toBe(0);
    const proposal = Proposal.parse(JSON.parse((await runBidwright(['propose', post, '--json'], { store })).stdout));
    expect(run.stdout.split(proposal.text)).toHaveLength(2);
    expect(run.stdout).toMatch(/\d+ words, \d+ characters/);
    expect(run.stdout).toContain('Rubric');
  });

  it('prints the draft with its counts and what the client sees first', async () => {
    const run = await runBidwright(['propose', post], { store });
    expect(run.stdout).toMatch(/\d+ words, \d+ characters/);
    expect(run.stdout).toContain('The client sees first');
  });

  it('says how many gaps the freelancer must fill, and --json lists them', async () => {
    const withAsks = join(dir, 'asks.txt');
    await writeFile(
      withAsks,
      `${await readFile(post, 'utf8')}\nTo apply, please include:\nYour availability in EST\nOut of all the places you have traveled to, where is your favorite and why?\n`,
    );
    const run = await runBidwright(['propose', withAsks], { store, env: { NO_COLOR: '1' } });
    const proposal = Proposal.parse(JSON.parse((await runBidwright(['propose', withAsks, '--json'], { store })).stdout));
    const answers = proposal.screeningAnswers.map((entry) => entry.answer);
    expect(proposal.gaps).toEqual(gapMarkers(proposal.text, ...answers));
    expect(proposal.gaps).toContain('[fill in: your availability in EST]');
    expect(run.stdout).toContain(`${proposal.gaps.length} gaps to fill before you send: ${proposal.gaps.join(', ')}`);
    expect(run.stdout).toContain('[fill in: your availability in EST]');
  });

  it('does not call a redraft of the same post reuse', async () => {
    await runBidwright(['propose', post], { store });
    const again = Proposal.parse(JSON.parse((await runBidwright(['propose', post, '--json'], { store })).stdout));
    expect(again.findings.map((finding) => finding.ruleId)).not.toContain('P21');
  });

  it('reports a draft that recycles one written for another post', async () => {
    const first = Proposal.parse(JSON.parse((await runBidwright(['propose', post, '--json'], { store })).stdout));
    const other = join(dir, 'other-post.txt');
    await writeFile(other, 'Fixed-price\n$900\nWe need a WooCommerce checkout review for our tea shop.');
    const recycled = join(dir, 'recycled.txt');
    await writeFile(recycled, first.text.replace(/\?\s*$/, ', if that helps?'));
    const run = await runBidwright(['lint', recycled, '--job', other, '--json'], { store });
    expect(LintReport.parse(JSON.parse(run.stdout)).findings.map((finding) => finding.ruleId)).toContain('P21');
    const sameJob = await runBidwright(['lint', recycled, '--job', post, '--json'], { store });
    expect(LintReport.parse(JSON.parse(sameJob.stdout)).findings.map((finding) => finding.ruleId)).not.toContain('P21');
  });
});

describe('bidwright lint', () => {
  it("exits 0 on the engine's own draft checked against its post", async () => {
    const proposal = Proposal.parse(JSON.parse((await runBidwright(['propose', post, '--json'], { store })).stdout));
    const draft = join(dir, 'draft.txt');
    await writeFile(draft, proposal.text);
    const run = await runBidwright(['lint', draft, '--job', post, '--cite', proposal.citations.join(',')], { store });
    expect(run.stdout).toContain('PASS');
    expect(run.code).toBe(0);
  });

  it('lists the gaps a draft still holds, apart from the rule findings, and does not fail on them alone', async () => {
    const draft = join(dir, 'gap.txt');
    await writeFile(draft, 'Your checkout loses mobile buyers at the shipping step. [fill in: the store you fixed last spring] Which step loses the most?');
    const report = LintReport.parse(JSON.parse((await runBidwright(['lint', draft, '--job', post, '--json'], { store })).stdout));
    expect(report.gaps).toEqual(['[fill in: the store you fixed last spring]']);
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('P19');
    const run = await runBidwright(['lint', draft, '--job', post], { store, env: { NO_COLOR: '1' } });
    expect(run.stdout).toContain('1 gap to fill before you send: [fill in: the store you fixed last spring]');
  });

  it('exits 1 when an error-severity rule fails', async () => {
    const draft = join(dir, 'bad.txt');
    await writeFile(draft, 'Hi, I am Sam. Email me at sam@example.com and I guarantee results. [Client Name]');
    const run = await runBidwright(['lint', draft, '--job', post, '--json'], { store });
    expect(run.code).toBe(1);
    const report = LintReport.parse(JSON.parse(run.stdout));
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['P02', 'P14', 'P19', 'P24']));
  });
});

describe('bidwright offer and audit', () => {
  it('rewrites "Write 10 blog posts" to lead with an outcome and move the count to deliverables', async () => {
    const run = await runBidwright(['offer', 'Write 10 blog posts', '--json'], { store });
    const offer = Offer.parse(JSON.parse(run.stdout));
    expect(offer.headline).not.toMatch(/^\s*(write\s+)?10\b/i);
    expect(offer.deliverables.join(' ')).toContain('10');
    expect(offer.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('labels every task in a list', async () => {
    const run = await runBidwright(['audit', join(EXAMPLES_DIR, 'tasks.txt'), '--json'], { store });
    const audit = TaskAudit.parse(JSON.parse(run.stdout));
    expect(audit.items).toHaveLength(6);
    expect(new Set(audit.items.map((item) => item.label)).size).toBeGreaterThan(1);
  });
});

describe('bidwright proof and profile', () => {
  it('lists, exports and removes proof items', async () => {
    expect((await runBidwright(['proof', 'list'], { store })).stdout).toContain('3 item(s)');
    const exported = JSON.parse((await runBidwright(['proof', 'export'], { store })).stdout) as unknown[];
    expect(exported).toHaveLength(3);
    expect((await runBidwright(['proof', 'rm', 'founder-testimonial'], { store })).code).toBe(0);
    expect(await store.listProof()).toHaveLength(2);
  });

  it('adds a proof item from flags', async () => {
    const run = await runBidwright(
      ['proof', 'add', '--id', 'sheet-fix', '--title', 'Inventory sheet rebuild', '--metric', 'errors found=41', '--skills', 'Excel,Sheets'],
      { store },
    );
    expect(run.code).toBe(0);
    expect((await store.getProof('sheet-fix'))?.metrics).toEqual([{ label: 'errors found', value: '41' }]);
  });

  it('sets profile fields from flags and keeps the others', async () => {
    await runBidwright(['profile', 'set', '--rate-floor', '55'], { store });
    const profile = await store.getProfile();
    expect(profile.rateFloor).toBe(55);
    expect(profile.name).toBe('Alex Rivera');
  });
});

describe('bad input', () => {
  const oneLineError = (run: { code: number; stderr: string; stdout: string }) => {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  };

  it('refuses an empty post', async () => {
    const file = join(dir, 'empty.txt');
    await writeFile(file, '  \n\n ');
    const run = await runBidwright(['triage', file], { store });
    oneLineError(run);
    expect(run.stderr).toMatch(/empty/i);
  });

  it('refuses a 2 MB post without reading it as a post', async () => {
    const file = join(dir, 'huge.txt');
    await writeFile(file, 'word '.repeat(420_000));
    const run = await runBidwright(['propose', file], { store });
    oneLineError(run);
    expect(run.stderr).toContain(`is 2,100,000 bytes; the most bidwright checks is 1,048,576. Shorten it.`);
    expect((await store.listDrafts({ limit: 100 })).items).toEqual([]);
  });

  it('refuses a draft over its limit with the message the API and web form give', async () => {
    const file = join(dir, 'long-draft.txt');
    await writeFile(file, 'x'.repeat(100_001));
    const run = await runBidwright(['lint', file], { store });
    oneLineError(run);
    expect(run.stderr).toContain('The draft is 100,001 characters; the most bidwright checks is 100,000. Shorten it.');
  });

  it('refuses a binary file', async () => {
    const file = join(dir, 'image.png');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const run = await runBidwright(['triage', file], { store });
    oneLineError(run);
    expect(run.stderr).toMatch(/binary/);
  });

  it('refuses a missing file, naming it', async () => {
    const run = await runBidwright(['triage', join(dir, 'nope.txt')], { store });
    oneLineError(run);
    expect(run.stderr).toContain('nope.txt');
  });

  it('refuses a malformed proof file and leaves the library as it was', async () => {
    const before = await store.listProof();
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '[{"id": "x", "kind": "case_study", "title": "ok"}, {"id": "y"');
    oneLineError(await runBidwright(['proof', 'import', broken], { store }));
    const wrongShape = join(dir, 'wrong.json');
    await writeFile(
      wrongShape,
      JSON.stringify([
        { id: 'new-one', kind: 'case_study', title: 'fine' },
        { id: 'bad', kind: 'blog' },
      ]),
    );
    const run = await runBidwright(['proof', 'import', wrongShape], { store });
    oneLineError(run);
    // The second item, counted from 1 as people count.
    expect(run.stderr).toContain('Item 2, kind must be "case_study"');
    expect(await store.listProof()).toEqual(before);
  });

  it('names an unknown profile field instead of ignoring it', async () => {
    const file = join(dir, 'profile.json');
    await writeFile(file, JSON.stringify({ rateFlor: 50 }));
    const run = await runBidwright(['profile', 'set', file], { store });
    oneLineError(run);
    expect(run.stderr).toContain('rateFlor');
  });

  it('exits 2 with usage help on an unknown command', async () => {
    const run = await runBidwright(['tirage', post], { store });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('triage');
  });
});

describe('help', () => {
  it.each(['triage', 'propose', 'offer', 'audit', 'lint', 'casestudy', 'proof', 'profile'])('explains %s with --help', async (command) => {
    const run = await runBidwright([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: bidwright ${command}`);
    expect(run.stdout).toContain('--json');
  });
});
