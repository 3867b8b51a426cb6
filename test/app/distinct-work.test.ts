import { describe, expect, it } from 'vitest';
import { distinctWork } from '../../src/app/distinct-work.ts';
import type { RankedProof } from '../../src/domain/ports.ts';
import type { ProofItem } from '../../src/domain/schemas.ts';
import { makeProof } from '../rubric/fixtures.ts';

const ranked = (item: ProofItem): RankedProof => ({
  item,
  match: { id: item.id, title: item.title, score: 1, matchedTerms: [], relevance: 1, reasons: [] },
});
const ids = (list: RankedProof[]): string[] => list.map((entry) => entry.item.id);

describe('distinctWork', () => {
  const story = { problem: 'Checkout was slow.', approach: 'Removed an app.', result: 'Faster checkout.', metrics: [{ label: 'steps removed', value: '2' }] };
  const first = makeProof({ id: 'shop-fix', title: 'Shop fix', ...story });
  const copy = makeProof({ id: 'shop-fix-2', title: 'Shop fix (2)', ...story, result: 'Faster  CHECKOUT.' });
  const other = makeProof({ id: 'dashboard', title: 'Dashboard', problem: 'Numbers disagreed.', approach: 'One model.', result: 'One number.' });

  it('skips an item telling the same story as a better-ranked one, whatever its id, title, case or spacing', () => {
    expect(ids(distinctWork([first, copy, other].map(ranked), 3))).toEqual(['shop-fix', 'dashboard']);
  });

  it('keeps items whose figures differ, and keeps the ranking order', () => {
    const moreSteps = makeProof({ id: 'shop-fix-3', title: 'Shop fix again', ...story, metrics: [{ label: 'steps removed', value: '3' }] });
    expect(ids(distinctWork([other, first, moreSteps].map(ranked), 3))).toEqual(['dashboard', 'shop-fix', 'shop-fix-3']);
  });

  it('never treats two items without a story (credentials) as the same work', () => {
    const bare = { problem: '', approach: '', result: '', metrics: [] };
    const aws = makeProof({ id: 'aws-cert', kind: 'credential', title: 'AWS certification', ...bare });
    const gcp = makeProof({ id: 'gcp-cert', kind: 'credential', title: 'GCP certification', ...bare });
    expect(ids(distinctWork([aws, gcp].map(ranked), 3))).toEqual(['aws-cert', 'gcp-cert']);
  });

  it('stops at k', () => {
    expect(ids(distinctWork([first, other].map(ranked), 1))).toEqual(['shop-fix']);
  });
});
