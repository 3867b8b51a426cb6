import { describe, expect, it } from 'vitest';
import { p27AboutClient as rule } from '../../../src/rubric/proposal/p27-about-client.ts';
import { check, draft } from '../fixtures.ts';

describe('P27 about the client', () => {
  it('passes an opening that talks about the client at least as much', () => {
    expect(check(rule, draft('Hi there,\n\nYour checkout is slow and you lose orders; I would look at your apps.\n\nI I I I.'))).toEqual([]);
  });

  it('warns when the opening is about the writer', () => {
    const hits = check(rule, draft("I'm a developer and my work is fast; I'd love to help you.\n\nYou you you."));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('you/your: 1, I/my: 3');
  });
});
