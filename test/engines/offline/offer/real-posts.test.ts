/**
 * Measures the offline offer engine on real job post titles read at run time from the shared data
 * folder (never copied into the repository). When the file is absent the checks run on no posts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyTask } from '../../../../src/engines/offline/classify-task.ts';
import { rewriteOffer } from '../../../../src/engines/offline/rewrite-offer.ts';
import { scoreOffer } from '../../../../src/rubric/run-rubric.ts';
import { profile, rubricContext } from './offer-fixtures.ts';

const DATA = '/work/shared/data/job-posts.jsonl';

interface Post {
  title: string;
  description: string;
  skills: string[] | null;
}

function readPosts(): Post[] {
  if (!existsSync(DATA)) return [];
  return readFileSync(DATA, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Post);
}

describe('the offline offer engine on real job posts', () => {
  const posts = readPosts();

  it('rewrites every post title into an offer with no rubric finding', () => {
    for (const post of posts) {
      const offer = rewriteOffer({ offer: post.title, profile, proof: [] });
      expect(scoreOffer({ ...offer, engine: 'offline' }, rubricContext()).findings).toEqual([]);
    }
  });

  it('recognises most posts from the pattern table', () => {
    const texts = posts.map((post) => [post.title, post.description, (post.skills ?? []).join(', ')].join('\n'));
    const recognised = texts.filter((text) => classifyTask(text).patternId !== null).length;
    if (posts.length > 0) expect(recognised / posts.length).toBeGreaterThanOrEqual(0.75);
  });
});
