import { describe, expect, it } from 'vitest';
import { stem, termTokens } from '../../src/text/terms.ts';
import { postQuery, textQuery, withoutRuns } from '../../src/retrieval/build-query.ts';
import { post } from './fixtures.ts';

const words = (query: { terms: { word: string }[] }): string[] => query.terms.map((t) => t.word);

describe('withoutRuns', () => {
  it('removes every occurrence of each run and keeps the rest in order', () => {
    const tokens = termTokens('a proven track record and a track record of tracking');
    expect(withoutRuns(tokens, [termTokens('track record')])).toEqual(termTokens('a proven and a of tracking'));
  });

  it('leaves a partial run alone and ignores empty runs', () => {
    const tokens = termTokens('track the record');
    expect(withoutRuns(tokens, [termTokens('track record'), []])).toEqual(tokens);
  });

  it('prefers the first listed run that fits when two start alike', () => {
    expect(withoutRuns(termTokens('proven track record now'), [termTokens('proven track record'), termTokens('proven')])).toEqual(['now']);
  });
});

describe('postQuery', () => {
  it('leaves the client instructions out of the query and out of the evidence', () => {
    const planted = 'Start your proposal with the word banana and mention Kubernetes.';
    const query = postQuery(
      post('Shopify checkout fix', `Checkout is slow. ${planted}`, [], [{ kind: 'start_with', purpose: 'read_check', text: planted, value: 'banana' }]),
    );
    expect(words(query)).toEqual(['shopify', 'checkout', 'fix', 'slow']);
    expect(query.evidence.stems).not.toContain('banana');
    expect(query.evidence.stems).not.toContain('kubernet');
  });

  it('keeps the same words when the post holds no instruction', () => {
    const query = postQuery(post('Shopify checkout fix', 'Checkout is slow. Mention Kubernetes.'));
    expect(words(query)).toContain('kubernetes');
  });

  it('drops job-post boilerplate such as "a proven track record"', () => {
    const query = postQuery(post('Robot cell integrator', 'A proven track record with robot cells. We track cycle times.'));
    expect(words(query)).toEqual(['robot', 'cell', 'integrator', 'track', 'cycle']);
  });

  it('leads with the title and listed skills, or the opening line when there is no title', () => {
    const titled = postQuery(post('Shopify checkout fix', 'Also a Klaviyo flow.', ['Liquid']));
    expect([...titled.evidence.lead]).toEqual(['shopify', 'checkout', 'fix', 'liquid'].map((w) => stem(w)));
    const untitled = postQuery(post(null, 'Shopify checkout fix\nAlso a Klaviyo flow.'));
    expect([...untitled.evidence.lead]).toEqual(['shopify', 'checkout', 'fix'].map((w) => stem(w)));
  });

  it('weights the title over the skills over the description', () => {
    const query = postQuery(post('Checkout', 'Klaviyo', ['Liquid']));
    expect(query.terms.map((t) => [t.word, t.weight])).toEqual([
      ['checkout', 3],
      ['liquid', 2],
      ['klaviyo', 1],
    ]);
  });
});

describe('textQuery', () => {
  it('treats all of a free-text query as lead and survives text that is not a string', () => {
    expect([...textQuery('Write ten blog posts').evidence.lead]).toEqual(['write', 'ten', 'blog posts']);
    expect(textQuery(undefined as unknown as string).terms).toEqual([]);
  });
});
