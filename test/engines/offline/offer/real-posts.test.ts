/**
 * Measures the offline offer engine on real-looking job post titles: a few written for these tests,
 * and the shared real posts when asked for (test/helpers/real-posts.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyTask } from '../../../../src/engines/offline/classify-task.ts';
import { rewriteOffer } from '../../../../src/engines/offline/rewrite-offer.ts';
import { scoreOffer } from '../../../../src/rubric/run-rubric.ts';
import { realPosts } from '../../../helpers/real-posts.ts';
import { profile, rubricContext } from './offer-fixtures.ts';

describe('the offline offer engine on real job posts', () => {
  const posts = realPosts();

  it('rewrites every post title into an offer with no rubric finding', () => {
    for (const post of posts) {
      const offer = rewriteOffer({ offer: post.title, profile, proof: [] });
      expect(scoreOffer({ ...offer, engine: 'offline' }, rubricContext()).findings).toEqual([]);
    }
  });

  it('recognises most posts from the pattern table', () => {
    const texts = posts.map((post) => [post.title, post.description, post.skills.join(', ')].join('\n'));
    const recognised = texts.filter((text) => classifyTask(text).patternId !== null).length;
    expect(recognised / posts.length).toBeGreaterThanOrEqual(0.75);
  });
});
