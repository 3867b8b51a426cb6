/**
 * The shared real job posts (../shared/data/job-posts.jsonl, not part of this repository), and the
 * pasted page a user would copy for each: budget, terms and client lines in formats that vary by
 * record index. The record's own fields are the truth the benchmarks compare against.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BidwrightError } from '../domain/errors.ts';
import type { Budget } from '../domain/schemas.ts';
import { describeIssues } from '../domain/validate.ts';

const Meta = z
  .object({
    job_type: z.string().nullish(),
    contractor_tier: z.string().nullish(),
    experience_level: z.string().nullish(),
    engagement: z.string().nullish(),
    duration: z.string().nullish(),
    hours_per_week: z.string().nullish(),
    client_payment_verification: z.string().nullish(),
    client_country: z.string().nullish(),
    client_total_spent_usd: z.number().nullish(),
    client_total_reviews: z.number().nullish(),
    client_feedback: z.number().nullish(),
  })
  .loose();
type Meta = z.infer<typeof Meta>;

/** One record of the shared posts file. */
export const Post = z
  .object({
    id: z.string().min(1),
    title: z.string(),
    description: z.string(),
    budget: z.string().nullable(),
    hourly: z.string().nullable(),
    skills: z.array(z.string()),
    meta: Meta,
  })
  .loose();
export type Post = z.infer<typeof Post>;

const here = dirname(fileURLToPath(import.meta.url));
/** The shared real posts, beside the repository (never copied into it). */
export const dataPath = resolve(here, '../../../shared/data/job-posts.jsonl');

/** The shared posts (one JSON record a line, each checked), or null when the file is not there. */
export function loadSharedPosts(path: string = dataPath): Post[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const result = Post.safeParse(JSON.parse(line));
      if (!result.success) throw new BidwrightError('INVALID_INPUT', `${path} line ${index + 1}: ${describeIssues(result.error)}`);
      return result.data;
    });
}

export function truthBudget(post: Post): Budget {
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

const money = (n: number, cents: boolean): string => `$${n.toLocaleString('en-US', { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 })}`;

export function levelWord(meta: Meta): string | null {
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
    return (
      [
        [`Hourly: ${money(a, true)} - ${money(b, true)}`],
        [`${money(a, true)} - ${money(b, true)}`, 'Hourly'],
        ['Hourly', `${money(a, true)}-${money(b, true)}`],
        [`Hourly range: ${money(a, false)}-${money(b, false)}`],
        [`${money(a, false)}-${money(b, false)}/hr`],
      ][f] ?? []
    );
  }
  if (truth.type === 'hourly') return f % 2 === 0 ? ['Hourly'] : ['Hourly (rate not stated)'];
  if (truth.type === 'fixed' && truth.min !== null) {
    const n = truth.min;
    return (
      [
        ['Fixed-price', money(n, false)],
        [`Est. budget: ${money(n, true)}`],
        [`Fixed price: $${n}`],
        [money(n, true), 'Fixed-price'],
        [`Fixed-price - ${level ?? 'Intermediate'} - Est. Budget: ${money(n, false)}`],
      ][f] ?? []
    );
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

export interface ClientTruth {
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

export function compose(post: Post, i: number, truth: Budget): { page: string; client: ClientTruth } {
  const budget = budgetLines(truth, i, levelWord(post.meta));
  const terms = [...budget, ...termLines(post, i)];
  const skills = post.skills.length > 0 ? ['Skills and Expertise', ...post.skills] : [];
  const client = clientLines(post.meta, i);
  const body = i % 2 === 0 ? [post.description, '', ...terms] : [...terms, '', post.description];
  const page = [post.title, '', ...body, '', ...skills, '', ...client.lines].join('\n');
  return { page, client: client.truth };
}
