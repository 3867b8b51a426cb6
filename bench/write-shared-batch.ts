/**
 * Writes the shared posts (../shared/data, never copied into the repository) as one batch file of
 * pasted pages separated by `---`, repeated to `count` posts: the input of `triage --batch` and of
 * bench/shortlist.ts. Usage: npx tsx bench/write-shared-batch.ts OUT [count]
 */
import { writeFileSync } from 'node:fs';
import { compose, loadSharedPosts, truthBudget } from '../src/evals/shared-posts.ts';

/** The pasted pages of the shared posts, repeated in order until there are `count`. */
export function sharedBatch(count?: number): string[] {
  const posts = loadSharedPosts();
  if (posts === null) throw new Error('../shared/data/job-posts.jsonl is not there: the batch needs the shared posts.');
  const pages = posts.map((post, i) => compose(post, i, truthBudget(post)).page);
  const total = count ?? pages.length;
  return Array.from({ length: total }, (_, at) => pages[at % pages.length] as string);
}

const [out, count] = process.argv.slice(2);
if (out !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(out, `${sharedBatch(count === undefined ? undefined : Number(count)).join('\n---\n')}\n`);
}
