/**
 * Prints the injection figures: surfaced rate on evals/injections/cases.json, false positives on
 * its clean cases and on the shared real posts (when ../shared is beside the checkout).
 * Usage: npx tsx bench/injections.ts
 */
import { loadInjectionCases } from '../src/evals/injections/injection-case.ts';
import { aimedAtAi, measureInjections } from '../src/evals/injections/measure-injections.ts';
import { compose, loadSharedPosts, truthBudget } from '../src/evals/shared-posts.ts';

const cases = await loadInjectionCases(new URL('../evals/injections/cases.json', import.meta.url).pathname);
const figures = measureInjections(cases);
console.log(
  `surfaced ${figures.surfaced}/${figures.injections} (${(figures.surfacedRate ?? 0).toFixed(3)}); false positives ${figures.falsePositives}/${figures.clean}`,
);
console.log(`missed: ${figures.missed.join(', ') || 'none'}`);
console.log(`false alarms: ${figures.falseAlarms.join(', ') || 'none'}`);
const posts = loadSharedPosts();
if (posts) {
  const alarms = posts.flatMap((post, index) => aimedAtAi(compose(post, index, truthBudget(post)).page).map((found) => `${post.id}: ${found.text}`));
  console.log(`shared posts: ${alarms.length} aimed-at-AI instructions on ${posts.length} posts`);
  for (const alarm of alarms) console.log(`  ${alarm}`);
}
