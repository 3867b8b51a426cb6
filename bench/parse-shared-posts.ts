/**
 * Measures job-post parsing on the shared real posts (../shared/data/job-posts.jsonl, not part of
 * this repository). Each record is composed into a pasted page, with the budget, terms and client
 * lines written in a format that varies by record index, then parsed; the record's own fields are
 * the truth. Run: npx tsx bench/parse-shared-posts.ts. Exits non-zero if any post crashes the parser.
 */
import type { Budget } from '../src/domain/schemas.ts';
import { parseJobPost } from '../src/parse/parse-job-post.ts';
import { compose, dataPath, levelWord, loadSharedPosts, truthBudget } from '../src/evals/shared-posts.ts';

const show = (b: Budget): string => (b.type === 'unknown' ? 'unknown' : `${b.type} ${b.min ?? '?'}-${b.max ?? '?'}${b.currency ? ` ${b.currency}` : ''}`);

function main(): number {
  const posts = loadSharedPosts();
  if (posts === null) {
    console.log(`skipped: ${dataPath} is missing`);
    return 0;
  }
  let stated = 0,
    right = 0,
    unknownRight = 0,
    unknownTotal = 0,
    crashes = 0;
  const client = { right: 0, total: 0 };
  const terms = { level: [0, 0], duration: [0, 0], skills: [0, 0], title: [0, 0] };
  const bare = { budgets: [] as string[], flags: [] as string[], instructions: [] as string[], questions: 0 };
  const started = performance.now();
  posts.forEach((post, i) => {
    const truth = truthBudget(post);
    const { page, client: clientTruth } = compose(post, i, truth);
    try {
      const parsed = parseJobPost(page);
      const f = parsed.facts;
      const ok = show(f.budget) === show(truth);
      if (truth.type === 'unknown') {
        unknownTotal += 1;
        if (ok) unknownRight += 1;
      } else {
        stated += 1;
        if (ok) right += 1;
      }
      console.log(
        `#${String(i).padStart(2)} ${ok ? 'ok ' : 'BAD'} stated: ${show(truth).padEnd(22)} extracted: ${show(f.budget).padEnd(22)} ${post.title.slice(0, 50)}`,
      );
      for (const [key, want] of Object.entries(clientTruth)) {
        client.total += 1;
        const got = f.client[key as keyof typeof f.client];
        if (got === want) client.right += 1;
        else console.log(`     client.${key}: want ${String(want)}, got ${String(got)}`);
      }
      const level = levelWord(post.meta);
      if (level) {
        terms.level[1]! += 1;
        if (f.experienceLevel === level.split(' ')[0]!.toLowerCase()) terms.level[0]! += 1;
        else console.log(`     level: want ${level}, got ${f.experienceLevel}`);
      }
      const duration = post.meta.engagement ?? post.meta.duration ?? null;
      if (duration) {
        terms.duration[1]! += 1;
        if (f.duration === duration) terms.duration[0]! += 1;
        else console.log(`     duration: want ${duration}, got ${f.duration}`);
      }
      terms.skills[1]! += 1;
      if (JSON.stringify(f.skills) === JSON.stringify(post.skills)) terms.skills[0]! += 1;
      else console.log(`     skills: want ${JSON.stringify(post.skills)}, got ${JSON.stringify(f.skills)}`);
      terms.title[1]! += 1;
      if (f.title === post.title.trim()) terms.title[0]! += 1;
      else console.log(`     title: want ${post.title}, got ${f.title}`);

      // The bare description: nothing should be found that the client did not write.
      const alone = parseJobPost(post.description);
      if (alone.facts.budget.type !== 'unknown') bare.budgets.push(`#${i} ${show(alone.facts.budget)}`);
      bare.flags.push(...alone.redFlags.map((r) => `#${i} ${r.code}: "${r.evidence}"`));
      bare.instructions.push(...alone.instructions.map((x) => `#${i} ${x.kind}: "${x.text.slice(0, 80)}"`));
      bare.questions += alone.screeningQuestions.length;
    } catch (error) {
      crashes += 1;
      console.log(`#${i} CRASH ${(error as Error).stack ?? String(error)}`);
    }
  });
  const ms = performance.now() - started;
  console.log('');
  console.log(`bare descriptions: budget found in ${bare.budgets.length} (${bare.budgets.join('; ') || 'none'})`);
  console.log(`bare descriptions: red flags ${bare.flags.length}${bare.flags.length ? `: ${bare.flags.join('; ')}` : ''}`);
  console.log(
    `bare descriptions: instructions ${bare.instructions.length}${bare.instructions.length ? `: ${bare.instructions.join('; ')}` : ''}; screening questions ${bare.questions}`,
  );
  console.log(
    `terms: title ${terms.title[0]}/${terms.title[1]}, level ${terms.level[0]}/${terms.level[1]}, duration ${terms.duration[0]}/${terms.duration[1]}, skills ${terms.skills[0]}/${terms.skills[1]}`,
  );
  console.log(`parsed ${posts.length * 2} texts in ${ms.toFixed(0)} ms; crashes: ${crashes}`);
  console.log(
    `budget: ${right} right / ${stated} stated (unknown kept unknown: ${unknownRight}/${unknownTotal}); client fields right: ${client.right}/${client.total}`,
  );
  return crashes > 0 ? 1 : 0;
}

process.exitCode = main();
