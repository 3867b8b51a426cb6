/**
 * Which proof retrieval offers for each shared real post: each post as a pasted page, ranked against
 * the small bench library plus examples/proof.json. Prints every post's title with the items it got
 * (and the words they matched), then how many posts got at least one item. Read the list: every
 * pair should be real evidence for the job. Run: npx tsx bench/proof-match-shared-posts.ts
 */
import { readFileSync } from 'node:fs';
import { ProofItem } from '../src/domain/schemas.ts';
import { parseJobPost } from '../src/parse/parse-job-post.ts';
import { rankProof } from '../src/retrieval/rank-proof.ts';
import { BENCH_LIBRARY } from './lib/library.ts';
import { compose, dataPath, loadSharedPosts, truthBudget } from '../src/evals/shared-posts.ts';

const examples = JSON.parse(readFileSync(new URL('../examples/proof.json', import.meta.url), 'utf8')) as unknown[];
const library = [...BENCH_LIBRARY, ...examples.map((raw) => ProofItem.parse(raw))];

const posts = loadSharedPosts();
if (posts === null) {
  console.log(`skipped: ${dataPath} is missing`);
} else {
  let matched = 0;
  let items = 0;
  const started = performance.now();
  for (const [i, raw] of posts.entries()) {
    const post = parseJobPost(compose(raw, i, truthBudget(raw)).page);
    const ranked = rankProof(library, post, 3);
    if (ranked.length > 0) matched += 1;
    items += ranked.length;
    const found = ranked.map(({ match }) => `${match.id} (${match.matchedTerms.join(', ')})`);
    console.log(`#${i} ${raw.title} -> ${found.join('; ') || 'none'}`);
  }
  const perPost = (performance.now() - started) / posts.length;
  console.log(`posts: ${posts.length}; with at least one proof item: ${matched}; items offered: ${items}`);
  console.log(`library: ${library.length} items; parse + rank: ${perPost.toFixed(1)} ms per post`);
}
