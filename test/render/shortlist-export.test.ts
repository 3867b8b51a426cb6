import { describe, expect, it } from 'vitest';
import type { Shortlist } from '../../src/domain/shortlist.ts';
import { shortlistCsv } from '../../src/render/shortlist-export.ts';

const entry = (title: string, reason: string) => ({
  rank: 1,
  index: 1,
  source: 'post 1',
  title,
  kind: null,
  verdict: 'skip' as const,
  score: -1,
  scoreParts: { criteria: -1, proof: 0, budget: 0, redFlags: 0, mustHaves: 0 },
  reason,
  budget: 'Not stated',
  market: null,
});

describe('shortlistCsv', () => {
  it('quotes commas, quotes and newlines, and keeps a formula-like cell as text', () => {
    const list: Shortlist = {
      summary: '',
      counts: { posts: 1, pursue: 0, consider: 0, skip: 1, refused: 0, empty: 0 },
      entries: [entry('=HYPERLINK("x")', 'a, "b"\nc')],
      refused: [],
      engine: 'offline',
    };
    expect(shortlistCsv(list).split('\r\n')[1]).toBe('1,skip,-1,"\'=HYPERLINK(""x"")",,Not stated,"a, ""b""\nc",,post 1');
  });
});
