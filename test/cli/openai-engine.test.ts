/**
 * `bidwright propose --engine openai` in-process, wired as the composition root wires it (the engine
 * built from the environment's config), against a fake OpenAI-compatible server on a real socket.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Proposal } from '../../src/domain/schemas.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { createOpenAIEngine } from '../../src/engines/openai/index.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { EXAMPLES_DIR, runBidwright } from '../helpers/cli.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/openai/fake-server.ts';

const POST = join(EXAMPLES_DIR, 'job-post.txt');
const KEY = 'sk-test-a1b2c3d4e5f6';

// A draft that passes the rubric for the example post, citing the example proof.
const DRAFT = {
  text: [
    'Your Shopify checkout loses most buyers after the cart, and the shipping app you changed is the first suspect: a slow extra step on mobile costs more orders than any homepage change.',
    'In a similar refill-subscription Shopify store, mobile checkout completion rose by +22% once a shipping script was replaced with native rates.',
    'I would start with a checkout teardown on a real phone, listing each friction point by likely impact, so you can check the approach before anything changes.',
    'Which shipping app did you switch to two months ago?',
  ].join('\n\n'),
  citations: ['refill-checkout-fix'],
  screeningAnswers: [
    {
      question: 'Which checkout metrics would you look at first, and why?',
      answer: 'Checkout completion on mobile versus desktop, step by step, because the gap shows where the leak is.',
    },
    { question: 'Have you worked with Shopify Plus or only standard Shopify?', answer: 'Standard Shopify, in the cited project.' },
  ],
};

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function bidwright(args: string[], env: Record<string, string>) {
  const store = createMemoryStore();
  await runBidwright(['proof', 'import', join(EXAMPLES_DIR, 'proof.json')], { store });
  return runBidwright(args, {
    store,
    env,
    createEngine: (name, config) => (name === 'openai' ? createOpenAIEngine({ config: config.openai }) : createOfflineEngine()),
  });
}

describe('bidwright propose --engine openai against an OpenAI-compatible server', () => {
  it('prints the model draft and its usage over the Responses API', async () => {
    fake = await startFakeOpenAI({ reply: DRAFT });
    const run = await bidwright(['propose', POST, '--engine', 'openai'], { OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: KEY });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('mobile checkout completion rose by +22%');
    expect(run.stdout).toMatch(/Model usage: \d+ calls? to gpt-5-mini, \d+ input \+ \d+ output tokens/);
    expect(fake.requests.every((request) => request.api === 'responses')).toBe(true);
  });

  it('talks Chat Completions when BIDWRIGHT_OPENAI_API=chat, with usage in --json', async () => {
    fake = await startFakeOpenAI({ reply: DRAFT });
    const run = await bidwright(['propose', POST, '--engine', 'openai', '--json'], {
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_API_KEY: KEY,
      BIDWRIGHT_OPENAI_API: 'chat',
    });
    expect(run.code).toBe(0);
    const proposal = Proposal.parse(JSON.parse(run.stdout));
    expect(proposal.engine).toBe('openai');
    expect(proposal.citations).toEqual(['refill-checkout-fix']);
    expect(proposal.usage?.inputTokens).toBeGreaterThan(0);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((request) => request.api === 'chat')).toBe(true);
  });

  it('says in one line that the key was refused, without printing it', async () => {
    fake = await startFakeOpenAI({ reply: DRAFT, wrongKey: KEY });
    const run = await bidwright(['propose', POST, '--engine', 'openai'], { OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: KEY });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/refused the API key/i);
    expect(run.stderr).not.toContain(KEY);
  });

  it('asks for a key when --engine openai has none', async () => {
    const run = await bidwright(['triage', POST, '--engine', 'openai'], {});
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'bidwright: The openai engine needs OPENAI_API_KEY, or OPENAI_BASE_URL for a local OpenAI-compatible server. Set one, or run with --engine offline, which needs no model.',
    );
  });
});
