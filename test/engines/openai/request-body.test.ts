import { describe, expect, it } from 'vitest';
import { propose } from '../../../src/app/propose.ts';
import { createOpenAIEngine } from '../../../src/engines/openai/index.ts';
import { createProofRanker } from '../../../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../../../src/storage/memory-store.ts';
import { GOOD_PROPOSAL, POST_TEXT, PROFILE, PROOF } from '../../helpers/openai/fixtures.ts';
import { testConfig, useModelServer } from '../../helpers/openai/msw.ts';
import type { Api } from '../../helpers/openai/replies.ts';

const { serve } = useModelServer();

/** Every string in a request body, joined: the prompt text as the model receives it, whatever the API's shape. */
function sentText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(sentText).join('\n');
  if (value !== null && typeof value === 'object') return Object.values(value).map(sentText).join('\n');
  return '';
}

/** The lines between `<tag>` and `</tag>` in the user message (the system message names tags only inline). */
function section(text: string, tag: string): string {
  return new RegExp(`<${tag}>\\n([\\s\\S]*?)</${tag}>`).exec(text)?.[1] ?? '';
}

async function draftFor(api: Api, jobPost: string, acceptedInstructions: number[] = []) {
  const seen = serve(api, [{ output: { ...GOOD_PROPOSAL, text: `Croissant. ${GOOD_PROPOSAL.text}` } }]);
  const deps = {
    engine: createOpenAIEngine({ config: testConfig(api) }),
    store: createMemoryStore({ profile: PROFILE, proof: PROOF }),
    ranker: createProofRanker(),
    clock: { now: () => new Date('2026-12-06T10:00:00Z') },
  };
  await propose({ jobPost, acceptedInstructions }, deps);
  return sentText(seen[0]?.body);
}

describe.each<Api>(['responses', 'chat'])('what the propose call sends the model over the %s API', (api) => {
  it("carries the post's main deliverable and its kind of work", async () => {
    const deliverable = section(await draftFor(api, POST_TEXT), 'deliverable');
    expect(deliverable).toContain('what the client wants: Bakery chain needs its weekly sales report rebuilt in Power BI');
    expect(deliverable).toContain('kind of work: dashboards and reporting');
  });

  it('carries only the proof retrieval found relevant, each with its relevance and reasons', async () => {
    const proof = section(await draftFor(api, POST_TEXT), 'proof');
    expect(proof).toContain('<item id="deli-sales-model">');
    expect(proof).toMatch(/why it is here: relevance \d\.\d\d; same kind of work: dashboards and reporting/);
    expect(proof).not.toContain('dental-site');
  });

  it('says the proof is empty when nothing in the library is relevant', async () => {
    const sent = await draftFor(api, 'Logo design for a new bakery\n\nWe need a modern logo for our bakery brand, delivered as vector files.');
    expect(section(sent, 'proof')).toBe('(none)\n');
    expect(sent).toContain('When <proof> is empty, say plainly in one sentence that you have no past project that matches this one');
  });

  it('carries the accepted client instruction as a requirement, and none the user did not accept', async () => {
    expect(section(await draftFor(api, POST_TEXT, [1]), 'accepted_instructions')).toContain('make "croissant" the very first words of "text"');
    expect(section(await draftFor(api, POST_TEXT), 'accepted_instructions')).toBe('(none)\n');
  });

  it('carries the screening questions and the rule to answer each with substance or a gap marker', async () => {
    const sent = await draftFor(api, POST_TEXT);
    expect(section(sent, 'screening_questions')).toBe('1. How would you check that the totals match the till exports?\n');
    expect(sent).toContain('write the gap marker [fill in: what to write] in its place');
  });
});
