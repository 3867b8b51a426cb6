/**
 * Measures the proposal rubric on real-looking job posts: a few written for these tests, and the
 * shared real posts when asked for (test/helpers/real-posts.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ParsedJobPost } from '../../src/domain/schemas.ts';
import { p01SpecificOpening } from '../../src/rubric/proposal/p01-specific-opening.ts';
import { scoreProposal } from '../../src/rubric/run-rubric.ts';
import { realPosts } from '../helpers/real-posts.ts';
import { check, draft, makeContext, makePost } from './fixtures.ts';

const rows = realPosts();
const posts: ParsedJobPost[] = rows.map((row) =>
  makePost({
    title: row.title,
    description: row.description,
    skills: row.skills ?? [],
    text: `${row.title}\n${row.description}`,
    budget: { min: null, max: null },
  }),
);

// Openers any applicant could send to any post.
const GENERIC_OPENERS = [
  'Hello! I would be glad to work with you on this. I have the skills you are looking for and can start right away on your request.',
  'Dear Hiring Manager, I am writing to apply for this position. With my background I believe I would be a great fit for your needs.',
  "Hey there, thanks for sharing this. I've done this kind of work many times and can deliver quality work on time, every time.",
];

function titleLed(title: string): string {
  const topic = title.replace(/[|.]/g, ' ').replace(/\s+/g, ' ').trim();
  return `Your ${topic} work is likely stuck because the scope mixes several jobs, which means nobody owns the outcome.

I'd start with a one-page plan that lists each part of the ${topic} work and the first deliverable for it.

Which part of it matters most to you this month?`;
}

describe(`the proposal rubric on ${rows.length} job posts`, () => {
  it('flags at least 90% of generic openers under P01', () => {
    let flagged = 0;
    for (const post of posts) {
      for (const opener of GENERIC_OPENERS) {
        if (check(p01SpecificOpening, draft(opener), makeContext({ post })).length > 0) flagged += 1;
      }
    }
    expect(flagged / (posts.length * GENERIC_OPENERS.length)).toBeGreaterThanOrEqual(0.9);
  });

  it('passes P01 and every error rule for a specific, title-led draft on every post', () => {
    for (const [index, post] of posts.entries()) {
      const result = scoreProposal(draft(titleLed(rows[index]?.title ?? '')), makeContext({ post }));
      const errors = result.findings.filter((finding) => finding.severity === 'error' || finding.ruleId === 'P01');
      expect(errors, rows[index]?.title).toEqual([]);
    }
  });

  it('never crashes a rule on real client prose linted as a draft', () => {
    for (const [index, row] of rows.entries()) {
      const other = posts[(index + 1) % posts.length] ?? null;
      const result = scoreProposal(draft(row.description), makeContext({ post: other }));
      expect(result.findings.filter((finding) => finding.message.includes('could not run'))).toEqual([]);
      expect(result.passed.length + new Set(result.findings.map((finding) => finding.ruleId)).size).toBe(28);
    }
  });
});
