/**
 * Measures job-post parsing on the shared real posts (../shared/data/job-posts.jsonl, not part of
 * this repository). Each record is composed into a pasted page, with the budget, terms and client
 * lines written in a format that varies by record index, then parsed; the record's own fields are
 * the truth. Run: npx tsx bench/parse-shared-posts.ts. Exits non-zero if any post crashes the parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Budget } from '../src/core/schemas.ts';
import { parseJobPost } from '../src/parse/parse-job-post.ts';

interface Meta {
  job_type?: string;
  contractor_tier?: string | null;
  experience_level?: string | null;
  engagement?: string | null;
  duration?: string | null;
  hours_per_week?: string | null;
  client_payment_verification?: string | null;
  client_country?: string | null;
  client_total_spent_usd?: number | null;
  client_total_reviews?: number | null;
  client_feedback?: number | null;
}
interface Post {
  id: string;
  title: string;
  description: string;
  budget: string | null;
  hourly: string | null;
  skills: string[];
  meta: Meta;
}

const here = dirname(fileURLToPath(import.meta.url));
const dataPath = resolve(here, '../../shared/data/job-posts.jsonl');

function truthBudget(post: Post): Budget {
  const fixed = post.budget ? /\$([\d,.]+)/.exec(post.budget) : null;
  if (fixed) {
    const n = Number((fixed[1] ?? '').replace(/,/g, ''));
    return { type: 'fixed', min: n, max: n, currency: 'USD' };
  }
  const range = post.hourly ? /\$([\d.]+)\s*-\s*\$([\d.]+)/.exec(post.hourly) : null;
  if (range) return { type: 'hourly', min: Number(range[1]), max: Number(range[2]), currency: 'USD' };
  if (post.hourly) return { type: 'hourly', min: null, max: null, currency: null };
  return { type: 'unknown', min: null, max: null, currency: null };
}

const money = (n: number, cents: boolean): string =>
  `$${n.toLocaleString('en-US', { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 })}`;

function levelWord(meta: Meta): string | null {
  const raw = meta.contractor_tier ?? meta.experience_level ?? null;
  if (!raw) return null;
  if (/entry/i.test(raw)) return 'Entry level';
  if (/intermediate/i.test(raw)) return 'Intermediate';
  if (/expert/i.test(raw)) return 'Expert';
  return null;
}

// The budget as a page would show it, in one of five formats chosen by the record's index.
function budgetLines(truth: Budget, i: number, level: string | null): string[] {
  const f = i % 5;
  if (truth.type === 'hourly' && truth.min !== null && truth.max !== null) {
    const [a, b] = [truth.min, truth.max];
    return [
      [`Hourly: ${money(a, true)} - ${money(b, true)}`],
      [`${money(a, true)} - ${money(b, true)}`, 'Hourly'],
      ['Hourly', `${money(a, true)}-${money(b, true)}`],
      [`Hourly range: ${money(a, false)}-${money(b, false)}`],
      [`${money(a, false)}-${money(b, false)}/hr`],
    ][f] ?? [];
  }
  if (truth.type === 'hourly') return f % 2 === 0 ? ['Hourly'] : ['Hourly (rate not stated)'];
  if (truth.type === 'fixed' && truth.min !== null) {
    const n = truth.min;
    return [
      ['Fixed-price', money(n, false)],
      [`Est. budget: ${money(n, true)}`],
      [`Fixed price: $${n}`],
      [money(n, true), 'Fixed-price'],
      [`Fixed-price - ${level ?? 'Intermediate'} - Est. Budget: ${money(n, false)}`],
    ][f] ?? [];
  }
  return [];
}

function termLines(post: Post, i: number): string[] {
  const out: string[] = [];
  const level = levelWord(post.meta);
  if (level) out.push([level, `Experience level: ${level}`, `${level}\nExperience level`][i % 3] ?? level);
  const duration = post.meta.engagement ?? post.meta.duration ?? null;
  if (duration) out.push(i % 2 === 0 ? duration : `Duration: ${duration}`);
  if (post.meta.hours_per_week) out.push(`${post.meta.hours_per_week} hrs/week`);
  return out;
}

function spentLabel(usd: number): { text: string; value: number } {
  if (usd >= 1000) {
    const k = Math.round(usd / 100) / 10;
    return { text: `$${k}K`, value: k * 1000 };
  }
  return { text: `$${Math.round(usd)}`, value: Math.round(usd) };
}

interface ClientTruth {
  paymentVerified?: boolean;
  country?: string;
  totalSpent?: number;
  rating?: number;
  reviews?: number;
}

function clientLines(meta: Meta, i: number): { lines: string[]; truth: ClientTruth } {
  const lines: string[] = [];
  const truth: ClientTruth = {};
  if (meta.client_payment_verification) {
    truth.paymentVerified = meta.client_payment_verification === 'VERIFIED';
    lines.push(truth.paymentVerified ? 'Payment method verified' : 'Payment method not verified');
  }
  if (meta.client_total_reviews && meta.client_feedback) {
    truth.rating = meta.client_feedback;
    truth.reviews = meta.client_total_reviews;
    lines.push(`${meta.client_feedback} of ${meta.client_total_reviews} reviews`);
  }
  if (meta.client_country) {
    truth.country = meta.client_country;
    lines.push(i % 2 === 0 ? meta.client_country : `Location: ${meta.client_country}`);
  }
  if (meta.client_total_spent_usd) {
    const spent = spentLabel(meta.client_total_spent_usd);
    truth.totalSpent = spent.value;
    lines.push(`${spent.text} total spent`);
  }
  if (lines.length > 0 && i % 2 === 0) lines.unshift('About the client');
  return { lines, truth };
}

function compose(post: Post, i: number, truth: Budget): { page: string; client: ClientTruth } {
  const budget = budgetLines(truth, i, levelWord(post.meta));
  const terms = [...budget, ...termLines(post, i)];
  const skills = post.skills.length > 0 ? ['Skills and Expertise', ...post.skills] : [];
  const client = clientLines(post.meta, i);
  const body = i % 2 === 0 ? [post.description, '', ...terms] : [...terms, '', post.description];
  const page = [post.title, '', ...body, '', ...skills, '', ...client.lines].join('\n');
  return { page, client: client.truth };
}

const show = (b: Budget): string =>
  b.type === 'unknown' ? 'unknown' : `${b.type} ${b.min ?? '?'}-${b.max ?? '?'}${b.currency ? ` ${b.currency}` : ''}`;

function main(): number {
  if (!existsSync(dataPath)) {
    console.log(`skipped: ${dataPath} is missing`);
    return 0;
  }
  const posts = readFileSync(dataPath, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Post);
  let stated = 0, right = 0, unknownRight = 0, unknownTotal = 0, crashes = 0;
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
      console.log(`#${String(i).padStart(2)} ${ok ? 'ok ' : 'BAD'} stated: ${show(truth).padEnd(22)} extracted: ${show(f.budget).padEnd(22)} ${post.title.slice(0, 50)}`);
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
  console.log(`bare descriptions: instructions ${bare.instructions.length}${bare.instructions.length ? `: ${bare.instructions.join('; ')}` : ''}; screening questions ${bare.questions}`);
  console.log(`terms: title ${terms.title[0]}/${terms.title[1]}, level ${terms.level[0]}/${terms.level[1]}, duration ${terms.duration[0]}/${terms.duration[1]}, skills ${terms.skills[0]}/${terms.skills[1]}`);
  console.log(`parsed ${posts.length * 2} texts in ${ms.toFixed(0)} ms; crashes: ${crashes}`);
  console.log(`budget: ${right} right / ${stated} stated (unknown kept unknown: ${unknownRight}/${unknownTotal}); client fields right: ${client.right}/${client.total}`);
  return crashes > 0 ? 1 : 0;
}

process.exitCode = main();
