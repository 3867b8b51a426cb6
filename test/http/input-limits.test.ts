import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits.ts';
import { startServer, type RunningServer } from '../../src/http/serve.ts';
import { buildApp, JOB_POST, PROOF, problemOf } from './helpers.ts';

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** The app on a real socket; `send` posts JSON to it. */
async function serve() {
  const server = await startServer({
    app: buildApp().app,
    host: '127.0.0.1',
    port: 0,
    token: undefined,
    logger: { log: () => undefined },
    shutdownTimeoutMs: 5000,
  });
  running.push(server);
  const send = (path: string, body: unknown, method = 'POST') =>
    fetch(`${server.url}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { url: server.url, send };
}

/** `unit` repeated and cut to exactly `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// Ordinary proposal prose, then the runs that made rules backtrack: digits, "@", dots, spaces, "%", "[".
const DRAFT_UNIT = `Your stock sheet drifts because pasted values overwrite the reorder formulas; I would lock them first.
In a similar job I merged 137 duplicate SKUs (stock-sheet-rebuild). Could we start with last month's export?
${'7'.repeat(2000)} ${'@'.repeat(2000)}${'.'.repeat(2000)}${' '.repeat(2000)}${'%'.repeat(2000)}${'['.repeat(2000)}1,2,3,4 a.b@c.d\n`;

describe('the size of each input, over a real socket', () => {
  it('lints a draft and a post of the maximum size while /healthz keeps answering', async () => {
    const { url, send } = await serve();
    let lintDone = false;
    const lint = send('/api/lint', { text: fill(DRAFT_UNIT, LIMITS.draftChars), jobPost: fill(`${JOB_POST}\n`, LIMITS.postChars) }).then(async (response) => {
      lintDone = true;
      return { status: response.status, body: (await response.json()) as { findings: unknown[] } };
    });
    let answeredDuringLint = 0;
    while (!lintDone) {
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      await health.arrayBuffer();
      if (!lintDone) answeredDuringLint += 1;
    }
    const result = await lint;
    expect(result.status).toBe(200);
    expect(result.body.findings.length).toBeGreaterThan(0);
    expect(answeredDuringLint).toBeGreaterThan(0);
  });

  it('handles an input of each kind at its limit', async () => {
    const { send } = await serve();
    const longProof = {
      ...PROOF[0],
      id: 'long-proof',
      problem: fill('Counts drift. ', LIMITS.proofFieldChars),
      result: fill('Matched 137 SKUs. ', LIMITS.proofFieldChars),
    };
    const answers = await Promise.all([
      send('/api/triage', { jobPost: fill(`${JOB_POST}\n`, LIMITS.postChars) }),
      send('/api/proposals', { jobPost: fill(`${JOB_POST}\n`, LIMITS.postChars) }),
      send('/api/offers', { offer: fill('Write blog posts about garden tools. ', LIMITS.offerChars) }),
      send('/api/audits', { tasks: Array.from({ length: LIMITS.tasks }, (_, i) => fill(`Task ${i}: write product descriptions. `, LIMITS.taskChars)) }),
      send('/api/case-studies', { notes: fill('A shop had stock drift; I rebuilt the sheet and counts matched. ', LIMITS.notesChars) }),
      send('/api/proof', longProof),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 201]);
  });

  it.each([
    ['/api/lint', { text: 'x'.repeat(LIMITS.draftChars + 1) }, 'The draft is 100,001 characters; the most bidwright checks is 100,000. Shorten it.'],
    ['/api/triage', { jobPost: 'x'.repeat(LIMITS.postChars + 1) }, 'The job post is 100,001 characters; the most bidwright checks is 100,000.'],
    ['/api/offers', { offer: 'x'.repeat(LIMITS.offerChars + 1) }, 'The offer is 2,001 characters; the most bidwright checks is 2,000.'],
    [
      '/api/audits',
      { tasks: Array.from({ length: LIMITS.tasks + 1 }, (_, i) => `task ${i}`) },
      'The task list is 201 tasks; the most bidwright checks is 200.',
    ],
    ['/api/audits', { tasks: ['x'.repeat(LIMITS.taskChars + 1)] }, 'The task is 501 characters; the most bidwright checks is 500.'],
    ['/api/case-studies', { notes: 'x'.repeat(LIMITS.notesChars + 1) }, 'The text of the notes is 20,001 characters; the most bidwright checks is 20,000.'],
    [
      '/api/proof',
      { ...PROOF[0], id: 'too-long', approach: 'x'.repeat(LIMITS.proofFieldChars + 1) },
      "The proof item's approach is 5,001 characters; the most bidwright checks is 5,000.",
    ],
  ])('refuses %s over its limit with a message naming the size and the limit', async (path, body, message) => {
    const { send } = await serve();
    const response = await send(path, body);
    expect(response.status).toBe(400);
    expect(String((await problemOf(response)).detail)).toContain(message);
  });

  it('says the same on the web form, next to the field', async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/lint`, {
      method: 'POST',
      headers: { Origin: url },
      body: new URLSearchParams({ text: 'x'.repeat(LIMITS.draftChars + 1) }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('The draft is 100,001 characters; the most bidwright checks is 100,000. Shorten it.');
  });
});
