import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContactGate, runContactGate } from '../../../src/evals/contact-payment/contact-gate.ts';
import { runBidwright } from '../../helpers/cli.ts';

async function casesFile(cases: unknown[]): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'contact-gate-')), 'cases.json');
  await writeFile(file, JSON.stringify({ about: 'test', cases }));
  return file;
}

describe('the contact gate', () => {
  it('passes the committed cases', async () => {
    const outcome = await runContactGate();
    expect(outcome.passed).toBe(true);
    expect(formatContactGate(outcome)).toMatch(/^ {2}P14 +\d+\/\d+ +recall 1\.00$/m);
  });

  it('fails a check whose recall falls below the gate, and names it', async () => {
    const file = await casesFile([
      { id: 'caught', where: 'draft', text: 'Email me at rowan@pike.dev.', expect: ['contact'] },
      { id: 'missed', where: 'draft', text: 'Let us sort out the details later.', expect: ['contact'] },
    ]);
    const outcome = await runContactGate(file);
    expect(outcome).toMatchObject({ passed: false, failing: ['P14'] });
    expect(formatContactGate(outcome)).toContain('Contact gate: FAILED (P14 recall)');
  });

  it('fails on a second false alarm', async () => {
    const file = await casesFile([
      { id: 'a', where: 'draft', text: 'Email me at rowan@pike.dev.', expect: [] },
      { id: 'b', where: 'draft', text: 'Pay me directly via PayPal.', expect: [] },
    ]);
    const outcome = await runContactGate(file);
    expect(outcome.passed).toBe(false);
    expect(formatContactGate(outcome)).toContain('FAILED (false alarms)');
  });

  it('is part of `bidwright eval --calibrate`', async () => {
    const result = await runBidwright(['eval', '--calibrate'], { env: {} });
    expect(result.stdout).toContain('Contact gate: passed');
    expect(result.code).toBe(0);
  });
});
