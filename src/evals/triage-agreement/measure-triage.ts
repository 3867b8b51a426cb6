/**
 * Triage agreement with the labels: each labelled shared post goes through the triage use case as a
 * pasted page, against the fixture profile and library the labels assume, and what it concluded is
 * compared with what the person concluded. The same pages are then drafted (drafts/measure-drafts.ts).
 */
import { triage } from '../../app/triage.ts';
import { BidwrightError } from '../../domain/errors.ts';
import type { Engine, ProofRanker } from '../../domain/ports.ts';
import type { Instruction, Profile, ProofItem, Triage } from '../../domain/schemas.ts';
import { createMemoryStore } from '../../storage/memory-store.ts';
import { compose, type Post, truthBudget } from '../shared-posts.ts';
import { measureDrafts, type DraftsMeasured } from '../drafts/measure-drafts.ts';
import type { TriageLabel } from './triage-label.ts';

/** Agreement counts on one kind of finding: found and labelled, found only, labelled only. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** One post's comparison, for reading what disagreed. */
export interface PostAgreement {
  id: string;
  verdict: Triage['verdict'];
  allowed: TriageLabel['verdicts'];
  proof: { found: string[]; labelled: string[] };
  redFlags: { found: string[]; labelled: string[] };
  questions: { found: string[]; labelled: string[] };
  instructions: { found: string[]; labelled: string[] };
}

export interface TriageAgreement {
  posts: PostAgreement[];
  verdict: { agree: number; total: number; pursueNotAllowed: number };
  /** The post's kind of work against the label's domain. */
  domain: { agree: number; total: number };
  /** Posts where a must-have the freelancer lacks was named (per post, see countMustHaves). */
  mustHaves: Tally;
  relevance: Tally;
  redFlags: Tally;
  questions: Tally;
  instructions: Tally;
  drafts: DraftsMeasured;
}

export interface MeasureTriageDeps {
  engine: Engine;
  /** One ranker for every post: the library is the same, so its index is built once. */
  ranker: ProofRanker;
  profile: Profile;
  library: ProofItem[];
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Adds one post's found and labelled sets to a tally (items compared after `key`). */
function count(tally: Tally, found: readonly string[], labelled: readonly string[], key = (value: string) => value): void {
  const want = new Set(labelled.map(key));
  const got = new Set(found.map(key));
  for (const value of got) want.has(value) ? (tally.tp += 1) : (tally.fp += 1);
  for (const value of want) if (!got.has(value)) tally.fn += 1;
}

/** An instruction as the agreement counts it: its purpose and its exact value ("read_check:CRO Superhero"; "ai_canary:" when none). */
function instructionKey(purpose: Instruction['purpose'], value: string | null): string {
  return `${purpose}:${value ?? ''}`;
}

const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

/**
 * Must-haves are written in the labels as a person phrases them, so they are compared per post: a
 * post the labels say asks for something the freelancer lacks should have at least one must-have
 * named as missing or to confirm; a post where nothing is lacking should have none named missing.
 */
function countMustHaves(tally: Tally, found: Triage['mustHaves'], lacking: boolean): void {
  const named = found.some((must) => must.met !== 'yes');
  const missing = found.some((must) => must.met === 'no');
  if (lacking) named ? (tally.tp += 1) : (tally.fn += 1);
  else if (missing) tally.fp += 1;
}

/** Runs triage on every labelled post and compares it with its label. Posts are found by id. */
export async function measureTriage(posts: readonly Post[], labels: readonly TriageLabel[], deps: MeasureTriageDeps): Promise<TriageAgreement> {
  const byId = new Map(posts.map((post, index) => [post.id, { post, index }]));
  const out: Omit<TriageAgreement, 'drafts'> = {
    posts: [],
    verdict: { agree: 0, total: 0, pursueNotAllowed: 0 },
    domain: { agree: 0, total: 0 },
    mustHaves: emptyTally(),
    relevance: emptyTally(),
    redFlags: emptyTally(),
    questions: emptyTally(),
    instructions: emptyTally(),
  };
  const pages: { id: string; page: string }[] = [];
  // Triage only reads the store, so one store serves every post.
  const store = createMemoryStore({ profile: deps.profile, proof: deps.library });
  for (const label of labels) {
    const entry = byId.get(label.id);
    if (entry === undefined) throw new BidwrightError('INVALID_INPUT', `The labels name the post "${label.id}", which the posts file does not hold.`);
    const { page } = compose(entry.post, entry.index, truthBudget(entry.post));
    pages.push({ id: label.id, page });
    const result = await triage(page, { engine: deps.engine, store, ranker: deps.ranker });
    const post: PostAgreement = {
      id: label.id,
      verdict: result.verdict,
      allowed: label.verdicts,
      proof: { found: result.bestProof.map((match) => match.id), labelled: label.relevantProof },
      redFlags: { found: result.redFlags.map((flag) => flag.code), labelled: label.redFlags.map((flag) => flag.code) },
      questions: { found: result.screeningQuestions, labelled: label.screeningQuestions },
      instructions: {
        found: result.instructions.map((instruction) => instructionKey(instruction.purpose, instruction.value)),
        labelled: label.instructions.map((instruction) => instructionKey(instruction.kind, instruction.value)),
      },
    };
    out.posts.push(post);
    out.verdict.total += 1;
    if (label.verdicts.includes(result.verdict)) out.verdict.agree += 1;
    if (result.verdict === 'pursue' && !label.verdicts.includes('pursue')) out.verdict.pursueNotAllowed += 1;
    out.domain.total += 1;
    if (result.deliverable.domain === label.domain) out.domain.agree += 1;
    countMustHaves(out.mustHaves, result.mustHaves, label.unmetMustHaves.length > 0);
    count(out.relevance, post.proof.found, post.proof.labelled);
    count(out.redFlags, post.redFlags.found, post.redFlags.labelled);
    count(out.questions, post.questions.found, post.questions.labelled, flat);
    count(out.instructions, post.instructions.found, post.instructions.labelled, flat);
  }
  return { ...out, drafts: await measureDrafts(pages, deps) };
}

/** tp / (tp + fp), or null when nothing was found. */
export function precision(tally: Tally): number | null {
  return tally.tp + tally.fp === 0 ? null : tally.tp / (tally.tp + tally.fp);
}

/** tp / (tp + fn), or null when nothing was labelled. */
export function recall(tally: Tally): number | null {
  return tally.tp + tally.fn === 0 ? null : tally.tp / (tally.tp + tally.fn);
}
