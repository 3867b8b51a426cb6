import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TriageFigures } from '../../../src/evals/triage-agreement/figures.ts';
import { runBidwright } from '../../helpers/cli.ts';
import { writeCalibrationFolder } from './fixtures.ts';

const args = (folder: { dir: string; posts: string; labels: string }, ...rest: string[]) => [
  'eval',
  '--calibrate-triage',
  '--labels',
  folder.labels,
  '--posts',
  folder.posts,
  '--baseline',
  join(folder.dir, 'baseline.json'),
  ...rest,
];

describe('bidwright eval --calibrate-triage', () => {
  it('writes a baseline, passes against it, and fails naming the figure that fell', async () => {
    const folder = await writeCalibrationFolder();
    const written = await runBidwright(args(folder, '--update-baseline'));
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('Triage calibration on 2 labelled shared posts');
    expect(written.stderr).toContain('triage baseline written to');
    const baseline = TriageFigures.parse(JSON.parse(await readFile(join(folder.dir, 'baseline.json'), 'utf8')));

    const same = await runBidwright(args(folder));
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Triage calibration gate: passed');

    await writeFile(join(folder.dir, 'baseline.json'), JSON.stringify({ ...baseline, relevanceRecall: 1, redFlagRecall: 1 }));
    const worse = await runBidwright(args(folder));
    expect(worse.code).toBe(1);
    expect(worse.stdout).toContain('Triage calibration gate: FAILED');
    expect(worse.stdout).toContain('redFlagRecall: 1.00 in the baseline, now 0.00');
    expect(worse.stdout).toContain('red flags labelled but not found: pay_below_market');
  });

  it('says which file is missing when the shared posts are not there', async () => {
    const folder = await writeCalibrationFolder();
    const run = await runBidwright(args({ ...folder, posts: join(folder.dir, 'nope.jsonl') }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.jsonl');
  });

  it('refuses a labels file with a verdict that does not exist, naming the field', async () => {
    const folder = await writeCalibrationFolder();
    const raw = JSON.parse(await readFile(folder.labels, 'utf8'));
    raw.labels[0].verdicts = ['bid'];
    await writeFile(folder.labels, JSON.stringify(raw));
    const run = await runBidwright(args(folder));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('labels.json is invalid');
    expect(run.stderr).toContain('verdicts');
  });
});
