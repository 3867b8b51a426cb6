import { budgetText } from '../domain/budget-text.ts';
import { isBidwrightError } from '../domain/errors.ts';
import type { Reason, Triage } from '../domain/schemas.ts';
import { compareEntries, type Shortlist, type ShortlistEntry, scoreParts, totalScore } from '../domain/shortlist.ts';
import { BATCH_FORMATS, type Batch, type BatchFormat, readBatch, readPostList } from '../parse/batch-posts.ts';
import { LIMITS, tooLong } from '../domain/limits.ts';
import { z } from 'zod';
import { type TriageDeps, triageWith } from './triage.ts';

/** Many posts as one text (a file, a paste with --- between posts; `name` is its file's), as a list, or already read. */
export type ShortlistInput = { text: string; name?: string; format?: BatchFormat } | { posts: string[] } | { batch: Batch };

/** The API's request: a list of posts, or one text holding them (format detected unless given). */
export const ShortlistRequest = z
  .object({
    posts: z
      .array(z.string())
      .max(LIMITS.batchPosts, {
        error: (issue) => tooLong('batch', (issue.input as unknown[]).length, LIMITS.batchPosts, 'posts', 'Split it into smaller batches.'),
      })
      .optional(),
    text: z.string().optional(),
    format: z.enum(BATCH_FORMATS).optional(),
  })
  .refine((request) => (request.posts === undefined) !== (request.text === undefined), {
    path: ['posts'],
    error: 'give either "posts" (a list of job posts) or "text" (posts separated by a line of ---, JSON lines or CSV), not both or neither',
  });
export type ShortlistRequest = z.infer<typeof ShortlistRequest>;

export interface ShortlistOptions {
  /** Called after each post, e.g. to draw a progress bar. */
  onProgress?(done: number, total: number): void;
}

const firstSentence = (text: string): string => {
  const end = text.search(/[.!?](?:\s|$)/);
  const line = end < 0 ? text : text.slice(0, end + 1);
  return line.length > 180 ? `${line.slice(0, 179).trimEnd()}…` : line;
};

/**
 * The reason that says most about the verdict: for pursue the first reason for it; for consider
 * the criteria that held it back (or the first reason against); for skip the first reason against.
 */
function leadReason(triage: Triage): string {
  const by = (test: (reason: Reason) => boolean) => triage.reasons.find(test);
  const against = by((reason) => reason.effect === 'negative');
  const chosen =
    triage.verdict === 'pursue'
      ? by((reason) => reason.effect === 'positive')
      : triage.verdict === 'consider'
        ? (by((reason) => reason.signal === 'criteria') ?? against)
        : against;
  return firstSentence((chosen ?? triage.reasons[0])?.text ?? 'No reason given.');
}

function entryOf(triage: Triage, post: Batch['posts'][number]): Omit<ShortlistEntry, 'rank'> {
  const parts = scoreParts(triage);
  return {
    index: post.index,
    source: post.source,
    title: triage.facts.title,
    kind: triage.deliverable.domainLabel,
    verdict: triage.verdict,
    score: totalScore(parts),
    scoreParts: parts,
    reason: leadReason(triage),
    budget: budgetText(triage.facts.budget),
    market: triage.market,
  };
}

/** "2 of 30 worth pursuing" (and how many to consider), the method's measure of a shortlist. */
function summarise(counts: Shortlist['counts']): string {
  const triaged = counts.pursue + counts.consider + counts.skip;
  const consider = counts.consider === 0 ? '' : `; ${counts.consider} to consider`;
  return `${counts.pursue} of ${triaged} worth pursuing${consider}`;
}

/**
 * Triages every post of a batch against one reading of the profile and library (the ranker reuses
 * its index), and ranks them: verdict, then the score of domain/shortlist.ts. A post that is not a
 * job post is listed as refused, not fatal to the batch; any other failure stops it.
 */
export async function shortlist(input: ShortlistInput, deps: TriageDeps, options: ShortlistOptions = {}): Promise<Shortlist> {
  const batch = 'batch' in input ? input.batch : 'posts' in input ? readPostList(input.posts) : readBatch(input.text, input);
  const [profile, library] = await Promise.all([deps.store.getProfile(), deps.store.listProof()]);
  const entries: Omit<ShortlistEntry, 'rank'>[] = [];
  const refused: Shortlist['refused'] = [];
  for (const post of batch.posts) {
    try {
      entries.push(entryOf(await triageWith(post.text, { profile, library }, deps), post));
    } catch (error) {
      if (!isBidwrightError(error) || error.code !== 'INVALID_INPUT') throw error;
      refused.push({ index: post.index, source: post.source, message: error.message });
    }
    options.onProgress?.(post.index, batch.posts.length);
  }
  const ranked = entries.sort(compareEntries).map((entry, at) => ({ rank: at + 1, ...entry }));
  const count = (verdict: ShortlistEntry['verdict']) => ranked.filter((entry) => entry.verdict === verdict).length;
  const counts = {
    posts: batch.posts.length,
    pursue: count('pursue'),
    consider: count('consider'),
    skip: count('skip'),
    refused: refused.length,
    empty: batch.skippedEmpty,
  };
  return { summary: summarise(counts), counts, entries: ranked, refused, engine: deps.engine.name };
}
