import { describe, expect, it, vi } from 'vitest';
import { triage } from '../../src/app/triage.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { parseJobPost } from '../../src/parse/parse-job-post.ts';
import { postMarketContext, taskMarketContext } from '../../src/parse/market-context.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { exampleStore } from '../helpers/example-store.ts';

/** Posts written for this test, as a client would write them. */
const POSTS = {
  writing:
    'Blog writer for our dental clinic\n\nFixed-price $120\n\nWe need four SEO blog posts a month about dental implants, 1,000 words each, written in a friendly tone.',
  translation:
    'Translate our Shopify product descriptions from English to German\n\nHourly: $20.00 - $30.00\n\nAbout 300 product descriptions need translation by a native German translator.',
  video:
    'Video editor for weekly YouTube uploads\n\nHourly: $25.00 - $40.00\n\nEdit our raw footage into 10-minute videos in Premiere Pro, with captions and motion graphics.',
  chatbot:
    'Build an AI chatbot for our support site\n\nFixed-price $4,000\n\nWe want an AI chatbot that answers questions from our help centre articles and hands off to a person.',
  security:
    'Penetration testing of our web app\n\nFixed-price $2,500\n\nRun a penetration test of our customer portal and report the vulnerabilities you find.',
};

const factIds = (text: string) => {
  const post = parseJobPost(text);
  return postMarketContext(post.deliverable, post.facts.budget)?.facts.map((fact) => fact.id) ?? null;
};

describe('market context', () => {
  it('gives each kind of work the facts about it, with the small-contract fact under $500 fixed', () => {
    expect(factIds(POSTS.writing)).toEqual(['writing-demand', 'small-contract-pressure']);
    expect(factIds(POSTS.translation)).toEqual(['translation-demand']);
    expect(factIds(POSTS.video)).toEqual(['video-demand']);
    expect(factIds(POSTS.chatbot)).toEqual(['chatbot-demand', 'ai-work-growth']);
  });

  it('shows nothing for a kind no fact speaks to, or a post whose kind is unclear', () => {
    expect(factIds(POSTS.security)).toBeNull();
    expect(factIds('Need help with a project\n\nFixed-price $100\n\nPlease message me for details about the work and timing.')).toBeNull();
  });

  it('names the source of every fact in words a user reads, never a file of bidwright', () => {
    for (const text of Object.values(POSTS)) {
      const post = parseJobPost(text);
      for (const fact of postMarketContext(post.deliverable, post.facts.budget)?.facts ?? []) {
        expect(fact.source.length).toBeGreaterThan(20);
        expect(fact.source).not.toMatch(/\.(md|json|ts)\b|no study named/i);
      }
    }
  });

  it('reads an audited task by the kind it names on its own', () => {
    expect(taskMarketContext('Answer customer service emails')?.facts.map((fact) => fact.id)).toEqual(['customer-service-demand']);
    expect(taskMarketContext('Design logos for small businesses')?.kind).toBe('design-graphic');
    expect(taskMarketContext('Reconcile the bank statements')).toBeNull();
  });

  it('never changes the verdict, reasons or criteria: a triage with other market facts reads the same', async () => {
    const deps = { engine: createOfflineEngine(), store: await exampleStore(), ranker: createProofRanker() };
    const plain = await Promise.all(Object.values(POSTS).map((text) => triage(text, deps)));
    vi.resetModules();
    vi.doMock('../../src/parse/market-context.ts', () => ({
      postMarketContext: () => ({ kind: 'ai-ml', kindLabel: 'AI', facts: [{ id: 'x', direction: 'up', text: 'Demand rose 9,000%.', source: 'a test' }] }),
      taskMarketContext: () => null,
    }));
    const { triage: triageWithOtherFacts } = await import('../../src/app/triage.ts');
    const other = await Promise.all(Object.values(POSTS).map((text) => triageWithOtherFacts(text, deps)));
    vi.doUnmock('../../src/parse/market-context.ts');
    other.forEach((result, at) => {
      expect(result.market?.facts[0]?.text).toBe('Demand rose 9,000%.');
      const { market: _a, ...rest } = result;
      const { market: _b, ...before } = plain[at] as typeof result;
      expect(rest).toEqual(before);
    });
  });
});
