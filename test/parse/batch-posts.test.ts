import { describe, expect, it } from 'vitest';
import { isBidwrightError } from '../../src/domain/errors.ts';
import { LIMITS } from '../../src/domain/limits.ts';
import { readBatch, readPostList } from '../../src/parse/batch-posts.ts';

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (isBidwrightError(error) && error.code === 'INVALID_INPUT') return error.message;
    throw error;
  }
  throw new Error('expected INVALID_INPUT');
};

describe('readBatch', () => {
  it('splits posts on a line of --- and skips empty ones with a count', () => {
    const batch = readBatch('First post about GA4\n---\n\n  \n---\nSecond post about Shopify\n --- \nThird post');
    expect(batch.format).toBe('separated');
    expect(batch.posts.map((post) => [post.index, post.source, post.text])).toEqual([
      [1, 'post 1', 'First post about GA4'],
      [2, 'post 3', 'Second post about Shopify'],
      [3, 'post 4', 'Third post'],
    ]);
    expect(batch.skippedEmpty).toBe(1);
  });

  it('keeps a --- inside a line as text', () => {
    expect(readBatch('Budget --- flexible\nmore').posts).toHaveLength(1);
  });

  it('reads JSON lines with a text field, or an exported job with title, budget and description', () => {
    const lines = [
      JSON.stringify({ text: 'Set up GA4 events' }),
      '',
      JSON.stringify({
        title: 'Shopify audit',
        budget: '$500',
        hourly: null,
        description: 'Find the checkout leak.',
        skills: ['Shopify'],
        meta: { client_payment_verification: 'VERIFIED', client_country: 'Canada' },
      }),
    ].join('\n');
    const batch = readBatch(lines, { name: 'posts.jsonl' });
    expect(batch.format).toBe('jsonl');
    expect(batch.posts[0]).toEqual({ index: 1, source: 'line 1', text: 'Set up GA4 events' });
    expect(batch.posts[1]?.source).toBe('line 3');
    expect(batch.posts[1]?.text.split('\n')).toEqual([
      'Shopify audit',
      'Fixed-price $500',
      'Find the checkout leak.',
      'Skills: Shopify',
      'Payment method verified',
      'Canada',
    ]);
  });

  it('detects JSON lines from the content when the name says nothing', () => {
    expect(readBatch('{"text":"a post"}\n{"text":"another"}').format).toBe('jsonl');
  });

  it('names the JSON line that is broken or has no text', () => {
    expect(refusal(() => readBatch('{"text":"ok"}\n{"text": oops}', { name: 'x.jsonl' }))).toMatch(/^Line 2 is not valid JSON/);
    expect(refusal(() => readBatch('{"text":"ok"}\n{"title":"no body"}', { name: 'x.jsonl' }))).toMatch(
      /^Line 2 has no post text: give each record a "text" field/,
    );
    expect(refusal(() => readBatch('{"text":"ok"}\n[1,2]', { name: 'x.jsonl' }))).toMatch(/^Line 2 is not a JSON object/);
  });

  it('reads CSV by its text column, quoted newlines included, and puts a title column first', () => {
    const csv = 'id,title,description\n1,GA4 fix,"Our GA4 is off by 30%.\nPlease fix, soon."\n2,,Shopify checkout\n3,Empty,\n';
    const batch = readBatch(csv, { name: 'jobs.csv' });
    expect(batch.format).toBe('csv');
    expect(batch.posts.map((post) => [post.source, post.text])).toEqual([
      ['row 2', 'GA4 fix\nOur GA4 is off by 30%.\nPlease fix, soon.'],
      ['row 3', 'Shopify checkout'],
      ['row 4', 'Empty'],
    ]);
  });

  it('detects CSV from a header naming a text column', () => {
    expect(readBatch('text,budget\nA post,$500\n').format).toBe('csv');
  });

  it('says which columns a CSV has when none holds the post', () => {
    expect(refusal(() => readBatch('id,name\n1,x\n', { name: 'a.csv' }))).toBe(
      'The CSV has no column for the post text: its columns are "id", "name". Name the post\'s column "text", "description" or "post".',
    );
  });

  it('names the line of a broken CSV', () => {
    expect(refusal(() => readBatch('text,budget\n"unclosed,1\n', { name: 'a.csv' }))).toMatch(/^The CSV could not be read at line \d/);
  });

  it('refuses a batch with no posts, too many posts, or one post over the limit, in plain words', () => {
    expect(refusal(() => readBatch('\n---\n  \n'))).toMatch(/^There are no posts to triage/);
    expect(refusal(() => readPostList(Array.from({ length: LIMITS.batchPosts + 1 }, () => 'a post')))).toMatch(
      /^The batch is 1,001 posts; the most bidwright checks is 1,000\. Split it/,
    );
    expect(refusal(() => readBatch(`short\n---\n${'x'.repeat(LIMITS.postChars + 1)}`))).toMatch(/^Post 2: The post is 100,001 characters/);
    expect(refusal(() => readBatch('x'.repeat(LIMITS.batchChars + 1)))).toMatch(/^The batch of posts is 5,000,001 characters/);
  });

  // Its time on this paste is measured by bench/hostile-inputs.ts, not here.
  it('splits a 200 KB hostile paste at its separator lines only', () => {
    const hostile = `${`${'-- - '.repeat(40)}\n---\n`.repeat(900)}${'--- '.repeat(25_000)}`;
    expect(readBatch(hostile).posts).toHaveLength(901);
  });
});
