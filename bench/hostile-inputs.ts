/**
 * Hostile input benchmark: `npx tsx bench/hostile-inputs.ts`.
 *
 * Every reader of untrusted text (parse, contact scan, decoders, the proposal rubric, the output
 * guard, the terminal filter, the Host header check, retrieval) on runs of the characters and words
 * that once made a pattern backtrack. Each input is timed at a quarter of its size and at full size
 * (200 KB, or 1 MB where a test once claimed it): linear work costs about 4x for 4x the text, a
 * backtracking pattern far more. The tests check what these readers return on 200 KB of the same
 * text; the time is claimed here, where a busy machine cannot turn it into a failed test.
 * Each figure is the best of three runs. Exits 1 when an input that takes over 200 ms at full size
 * costs more than 16x its quarter: four times the linear ratio, as garbage collection and a shared
 * machine move the figures that much, while a backtracking pattern costs hundreds of times more.
 */
import { readFileSync } from 'node:fs';
import { terminalSafe } from '../src/cli/terminal-safe.ts';
import { findGaps, withoutGaps } from '../src/domain/gaps.ts';
import { Profile, ProofItem } from '../src/domain/schemas.ts';
import { hostNameOf } from '../src/http/middleware/allowed-hosts.ts';
import { findInstructions } from '../src/parse/instructions.ts';
import { findMustHaves } from '../src/parse/must-haves.ts';
import { parseJobPost } from '../src/parse/parse-job-post.ts';
import { findRedFlags } from '../src/parse/red-flags.ts';
import { setsTerms } from '../src/parse/sets-terms.ts';
import { createProofIndex } from '../src/retrieval/rank-proof.ts';
import { guardDraft } from '../src/rubric/guard-draft.ts';
import { claimSentences } from '../src/rubric/proposal/claims.ts';
import { scoreProposal } from '../src/rubric/run-rubric.ts';
import type { RubricContext } from '../src/rubric/types.ts';
import { findContacts } from '../src/text/contact.ts';
import { decodeBlobs } from '../src/text/decode-blobs.ts';
import { confirmedProof } from '../src/app/confirmed-text.ts';
import { signalWords } from '../src/cli/signal-words.ts';
import type { StoredDraft } from '../src/domain/draft-record.ts';
import { buildCaseStudy } from '../src/engines/offline/build-case-study.ts';
import { placeMarks } from '../src/http/web/views/draft-marks.ts';
import { readBatch } from '../src/parse/batch-posts.ts';
import { draftFilter } from '../src/storage/draft-filter.ts';

const examples = new URL('../examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, examples), 'utf8');
const proof = (JSON.parse(read('proof.json')) as unknown[]).map((item) => ProofItem.parse(item));
const profile = Profile.parse(JSON.parse(read('profile.json')));
const post = parseJobPost(read('job-post.txt'));
const context: RubricContext = { post, proof, profile, earlierDrafts: [] };
const longPost: RubricContext = { ...context, post: parseJobPost('We sell garden tools and need the sheet cleaned. '.repeat(2_000)) };
const index = createProofIndex(proof);

/** `unit` repeated and cut to exactly `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const KB200 = 200_000;
const MB = 1_000_000;
const ESC = '\x1b';
const tags = (text: string) => [...text].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) ?? 0))).join('');
const draft = (text: string) => ({ text, citations: [], screeningAnswers: [] });
const answered = (text: string) => ({
  text: 'Thanks for the post.',
  citations: [],
  screeningAnswers: post.screeningQuestions.map((question) => ({ question, answer: text })),
});

/** What `read` returns, or the error it threw. */
function refusedOr(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return error;
  }
}

interface Case {
  reader: string;
  units: string[];
  size: number;
  read: (text: string) => unknown;
}

const CASES: Case[] = [
  {
    reader: 'parseJobPost',
    units: ['#', '1:', 'END ', '$1,', 'Hi. ', 'Please answer:\n1. What?\n', 'React\n', 'if you are an AI '],
    size: 100_000,
    read: parseJobPost,
  },
  {
    reader: 'findInstructions',
    units: ['QUJD', '6a', '\u0430b\u0435', '\uFF49\uFF47\uFF4E\uFF4F\uFF52\uFF45 ', tags('ignore '), 'a\u200B', 'ignora instrucciones todas 忽略 指令 之前 '],
    size: KB200,

    read: findInstructions,
  },
  {
    reader: 'findRedFlags',
    units: ['pay you once we ', 'bypass the the the ', '2 lectures every week 32 weeks ', 'running several Reddit ', 'john at gmail dot ', '$100/week '],
    size: KB200,

    read: (text) => findRedFlags(text, { budget: { type: 'fixed', min: 5, max: 5, currency: 'USD' }, experienceLevel: null }),
  },
  { reader: 'findMustHaves', units: ['fluent '], size: KB200, read: (text) => findMustHaves({ title: null, description: text, skills: [] }, profile, proof) },
  { reader: 'setsTerms', units: ['a ', 'the '], size: KB200, read: (text) => setsTerms(`Every bid must mention ${text}word`) },
  {
    reader: 'findContacts',
    units: ['@', 'a.', 'a@', '1', '1 ', '11 ', '(415) 555-2671 ', '+1 (', 'a at b dot ', 'one two ', 'ab.cd ', 'x#1234 ', 'message me on ', 'telegram: '],
    size: MB,
    read: findContacts,
  },
  { reader: 'decodeBlobs', units: ['QUJD', 'ab'], size: KB200, read: decodeBlobs },
  { reader: 'findGaps + withoutGaps', units: ['[fill in: ', '[', '[fill in: x'], size: KB200, read: (text) => [findGaps(text), withoutGaps(text)] },
  { reader: 'claimSentences', units: ['I reviewed your post ', 'I built ', 'x '], size: KB200, read: claimSentences },
  {
    reader: 'proposal rubric',
    units: [
      '@',
      'a.',
      '1',
      '1,',
      '1.',
      '$1',
      ' ',
      '\t',
      '[',
      '[a](',
      'a.b-c_d+',
      'www.',
      'calendly.com/',
      'sam at gmail dot ',
      'pay me directly ',
      'paypal ',
      'usdt to my wallet. ',
      'shopify liquid ',
      "I'd start with ",
      'Edge ',
      'lantern teal ',
    ],
    size: KB200,

    read: (text) => scoreProposal(draft(text), context),
  },
  {
    reader: 'proposal rubric, 1 MB',
    units: ['@', 'a.', '1', 'sam at gmail dot ', 'https://x.co/ ', 'pay me directly ', 'paypal '],
    size: MB,
    read: (text) => scoreProposal(draft(text), context),
  },
  { reader: 'proposal rubric, screening answers', units: ['easier ', 'on a call ', 'x'], size: KB200, read: (text) => scoreProposal(answered(text), context) },
  {
    reader: 'proposal rubric, 100 KB post',
    units: ['I can finish by monday. ', 'Could you share the file with the stock counts? '],
    size: 100_000,
    read: (text) => scoreProposal(draft(text), longPost),
  },
  { reader: 'guardDraft', units: ['**a ', '[x ', 'a.b.'], size: KB200, read: (text) => guardDraft(draft(text), context) },
  { reader: 'terminalSafe', units: [`${ESC}]`, `${ESC}[`], size: KB200, read: terminalSafe },
  { reader: 'hostNameOf', units: ['a.'], size: KB200, read: (text) => hostNameOf(`${text}:`) },
  {
    reader: 'confirmedProof (case study text)',
    units: ['Result: 1, and ', ', , '],
    size: KB200,
    read: (text) => confirmedProof({ ...(proof[0] as ProofItem), result: text, approach: text }),
  },
  {
    reader: 'buildCaseStudy',
    units: ['Note. Result : within ', '. Problem  '],
    size: KB200,
    read: (text) => buildCaseStudy({ notes: `Client: x. ${text}1 that was`, id: null }),
  },
  {
    reader: 'draft history search',
    units: ['a'],
    size: KB200,
    read: (text) => draftFilter({ search: `${'a'.repeat(199)}b` })?.({ id: 'big', text, createdAt: '2026-12-01T09:00:00Z', postTitle: null } as StoredDraft),
  },
  { reader: 'signalWords', units: ['aB.'], size: KB200, read: signalWords },
  // A paste too long for one post is refused: how long the refusal takes counts too.
  { reader: 'readBatch', units: [`${'-- - '.repeat(40)}\n---\n`, '--- '], size: KB200, read: (text) => refusedOr(() => readBatch(`${text}\nlast post`)) },
  {
    reader: 'placeMarks (draft editor)',
    units: ['a'],
    size: KB200,
    read: (text) => placeMarks(text, [{ ruleId: 'P16', severity: 'warn', message: 'm', evidence: `${'a'.repeat(1000)}b` }]),
  },
  {
    reader: 'proof index search',
    units: ['Our sales team wants one dashboard for weekly figures. ', 'word '],
    size: 100_000,
    read: (text) => index.search(text, 3),
  },
];

function time(read: (text: string) => unknown, text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    read(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

// One small pass first, so the figures do not include compiling the patterns.
for (const entry of CASES) entry.read(fill(entry.units[0] ?? 'a', 1_000));

const failed: string[] = [];
console.log('| reader | unit | size | quarter ms | full ms | ratio |');
console.log('|---|---|---:|---:|---:|---:|');
for (const entry of CASES) {
  for (const unit of entry.units) {
    const quarter = time(entry.read, fill(unit, entry.size / 4));
    const full = time(entry.read, fill(unit, entry.size));
    // Below a few milliseconds the ratio is noise; only a slow full run can show backtracking.
    const ratio = full / Math.max(quarter, 1);
    const bad = full > 200 && ratio > 16;
    if (bad) failed.push(`${entry.reader} on ${JSON.stringify(unit)}`);
    console.log(
      `| ${entry.reader} | ${JSON.stringify(unit)} | ${entry.size} | ${quarter.toFixed(1)} | ${full.toFixed(1)} | ${ratio.toFixed(1)}${bad ? ' **not linear**' : ''} |`,
    );
  }
}
if (failed.length > 0) {
  console.error(`Not linear: ${failed.join('; ')}`);
  process.exitCode = 1;
}
