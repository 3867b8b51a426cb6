/**
 * The opening, first-step and closing pieces of a draft. The opening is about the client (their
 * words, an insight they did not state, a diagnosis); the first step is small and checkable; the
 * closing is one specific question.
 */
import type { ParsedJobPost, Tone } from '../../../domain/schemas.ts';
import type { Insight } from '../content/insight.ts';
import { offlineContent } from '../content/load-content.ts';
import { fixedBudget, isEvolvingWork, isListedScope, isVagueScope } from '../triage/scope-signals.ts';
import { shuffled } from './hash.ts';
import type { Choose } from './hash.ts';
import type { Piece } from './pieces.ts';
import { REQUIRED } from './pieces.ts';
import { capitalise, fill, frames } from './phrasing.ts';
import { listOf } from './listed-parts.ts';
import type { ListedParts } from './listed-parts.ts';
import { fold } from '../../../text/fold.ts';
import { stem } from '../../../text/stem.ts';
import { isDistinctive } from '../../../text/terms.ts';
import { words } from '../../../text/text.ts';

export interface SectionInput {
  post: ParsedJobPost;
  insight: Insight;
  subject: string;
  /** The subject said again later in the draft: its last words when it is long ("App Integration"). */
  subjectAgain: string;
  questionTerm: string;
  /** The first of the post's numbered tasks in its own words, or null. */
  listedTask: string | null;
  /** The parts of the work the post names in a list, in its words, or null. */
  parts: ListedParts | null;
  /** Who the work is for, from the title ("your fitness industry gym"), or null. */
  client: string | null;
  tone: Tone;
  seed: number;
  choose: Choose;
  hasProof: boolean;
  /** A sentence of the client's description turned to address them, when one fits. */
  reflection: string | null;
  /** Characters the opening sentence may use so it ends inside the preview clients see (150 minus the greeting). */
  openingChars: number;
  /** No insight fits the post's kind of work with confidence: open on the client's own words instead. */
  abstain: boolean;
}

type OptionalSlot = 'consequence' | 'scope' | 'approach';

/**
 * Which optional sentences a draft keeps first varies by post, so drafts for similar posts differ
 * in shape as well as in wording. Priorities run from 2 (kept first) to 4.
 */
function optionalPriority(slot: OptionalSlot, seed: number): number {
  const order = shuffled<OptionalSlot>(['consequence', 'scope', 'approach'], seed, 'optional-order');
  return 2 + order.indexOf(slot);
}

function sharedCounts(wordings: readonly string[], seen: ReadonlySet<string>): { wording: string; shared: number }[] {
  return wordings.map((wording) => ({ wording, shared: contentStems(wording).filter((word) => seen.has(word)).length }));
}

/** The wordings that share the fewest content words with `text`. */
function leastOverlapping(wordings: readonly string[], text: string): readonly string[] {
  const scored = sharedCounts(wordings, new Set(contentStems(text)));
  const least = Math.min(...scored.map((entry) => entry.shared));
  return scored.filter((entry) => entry.shared === least).map((entry) => entry.wording);
}

/** The wordings that share the most content words with the post's. */
function mostShared(wordings: readonly string[], postWords: ReadonlySet<string>): readonly string[] {
  const scored = sharedCounts(wordings, postWords);
  const most = Math.max(...scored.map((entry) => entry.shared));
  return scored.filter((entry) => entry.shared === most).map((entry) => entry.wording);
}

function contentStems(text: string): string[] {
  return words(fold(text))
    .filter((word) => isDistinctive(word))
    .map((word) => stem(word));
}

function firstWord(text: string): string {
  return (/^\p{L}+/u.exec(text)?.[0] ?? '').toLowerCase();
}

/** Opening, the client's own words, diagnosis and its consequence: the first paragraph, about the client. */
export function openingPieces(input: SectionInput): Piece[] {
  const { insight, tone, seed, choose } = input;
  // The opening names who the work is for once, when the title says ("Meta ads for your gym").
  const openingSubject = input.client === null ? input.subject : `${input.subject} for ${input.client}`;
  // Clients see about 150 characters in the list: prefer wordings whose opening sentence ends there.
  // "For your Meta ads for your gym" says "for" twice.
  // "The Meta ads for your gym: ..." reads as a heading.
  const openingFrames = frames('opening')[tone].filter((frame) => input.client === null || !/\bfor your\b|^your \{subject\}:/i.test(frame));
  const openings = (openingFrames.length > 0 ? openingFrames : frames('opening')[tone]).flatMap((frame) => {
    // "your Meta ads for your gym" says "your" twice: with the client named, the work is "the" work.
    const framed = input.client === null ? frame : frame.replace(/\byour \{subject\}/iu, 'the {subject}');
    return (
      insight.insight
        // "On the Meta ads for your gym, on social platforms ..." stutters.
        .filter((clause) => firstWord(clause) !== firstWord(framed))
        .map((clause) => capitalise(fill(framed, { subject: openingSubject, insight: clause })))
    );
  });
  const fitting = openings.filter((sentence) => sentence.length <= input.openingChars);
  // The wording that shares most words with the post ("a contact list" for a post about a list) speaks to it.
  // The subject is named in the opening already, so sharing its words ("ads") shows nothing more.
  const subjectWords = new Set(contentStems(input.subject));
  const postWords = new Set(contentStems(`${input.post.facts.title ?? ''}\n${input.post.facts.description}`).filter((word) => !subjectWords.has(word)));
  const opening = fitting.length > 0 ? choose(mostShared(fitting, postWords), 'opening') : openings.reduce((a, b) => (b.length < a.length ? b : a));
  // "{work}" reads "Facebook ads work", never "Trends work work".
  const work = /\b(?:work|project)$/i.test(input.subjectAgain) ? input.subjectAgain : `${input.subjectAgain} work`;
  // The cause should add a second point, not say the opening again in other words.
  const cause = choose(leastOverlapping(insight.cause, opening), 'cause');
  const diagnosis = fill(choose(frames('diagnosis')[tone], 'diagnosis'), { cause, work });
  // Causes and consequences are written in pairs, so the "that means" follows from the cause given.
  const paired = insight.cause.length === insight.consequence.length ? insight.consequence[insight.cause.indexOf(cause)] : undefined;
  const consequence = fill(choose(frames('consequence')[tone], 'consequence'), { consequence: paired ?? choose(insight.consequence, 'consequence-text') });
  const pieces: Piece[] = [
    { paragraph: 0, order: 2, priority: REQUIRED, text: capitalise(diagnosis) },
    { paragraph: 0, order: 3, priority: optionalPriority('consequence', seed), text: capitalise(consequence) },
  ];
  const reflection = input.reflection === null ? null : capitalise(fill(choose(frames('reflect')[tone], 'reflect'), { reflection: input.reflection }));
  // Without an insight that fits, the client's own sentence is the most specific opening there is.
  if (input.abstain && reflection !== null) return [{ paragraph: 0, order: 0, priority: REQUIRED, text: reflection }, ...pieces];
  // With an insight that fits, the client's sentence said back to them reads as an echo, not as understanding.
  pieces.push({ paragraph: 0, order: 0, priority: REQUIRED, text: capitalise(opening) });
  return pieces;
}

/** The first deliverable, the scope note that matters, and the approach. */
export function stepPieces(input: SectionInput): Piece[] {
  const { insight, tone, seed, post, choose } = input;
  const pieces: Piece[] = [
    {
      paragraph: 2,
      order: 0,
      priority: REQUIRED,
      // A post that numbers its tasks has set the order: the first step is its first task.
      text: fill(choose(frames('firstStep')[tone], 'first-step'), {
        firstStep:
          input.listedTask === null
            ? choose(insight.firstStep, 'first-step-text')
            : fill(choose(frames('listedFirstStep')[tone], 'listed-first-step'), { task: input.listedTask }),
      }),
    },
  ];
  const coverage = coveragePiece(input);
  if (coverage !== null) pieces.push(coverage);
  // Fixed price on work that will change is the costly trap; vague scope comes next; else the domain's note.
  if (fixedBudget(post) !== null && isEvolvingWork(post) && !isListedScope(post)) {
    pieces.push({ paragraph: 2, order: 2, priority: REQUIRED, text: fill(choose(frames('evolvingNote')[tone], 'evolving'), { subject: input.subjectAgain }) });
  } else if (isVagueScope(post)) {
    pieces.push({ paragraph: 2, order: 2, priority: REQUIRED, text: fill(choose(frames('vagueNote')[tone], 'vague'), { subject: input.subjectAgain }) });
  } else {
    pieces.push({ paragraph: 2, order: 2, priority: optionalPriority('scope', seed), text: choose(insight.scopeNote, 'scope-note') });
  }
  // The post's own numbered order, said back, is the approach; a second plan in another order contradicts it.
  if (followsListOrder(input)) return pieces;
  const approachFrames = frames(input.hasProof ? 'approach' : 'approachAlone');
  const approach = fill(choose(approachFrames[tone], 'approach'), { approach: insight.approach });
  // Without proof the approach is the evidence, so it sits in the proof paragraph and ranks higher.
  pieces.push(
    input.hasProof
      ? { paragraph: 2, order: 3, priority: optionalPriority('approach', seed), text: approach }
      : { paragraph: 1, order: 1, priority: 1, text: approach },
  );
  return pieces;
}

/** True when the first step is the post's first numbered task and the rest of its list follows in order. */
function followsListOrder(input: SectionInput): boolean {
  return input.listedTask !== null && input.parts?.numbered === true;
}

/**
 * The parts the post lists, said back as covered, so no part of the client's scope goes unmentioned.
 * When the first numbered task is already the first step, the rest of the list follows it in order.
 */
function coveragePiece(input: SectionInput): Piece | null {
  const { parts, choose, tone } = input;
  if (parts === null) return null;
  const rest = followsListOrder(input);
  const named = rest ? parts.parts.slice(1) : parts.parts;
  if (named.length === 0) return null;
  const slot = rest ? 'coverageRest' : parts.further ? 'coverageFurther' : parts.complete ? 'coverage' : 'coverageLead';
  const text = fill(choose(frames(slot)[tone], 'coverage'), { parts: listOf(named) });
  return { paragraph: 2, order: 1, priority: 1, text };
}

/** The closing question, alone in the last paragraph. */
export function closingPiece(input: SectionInput): Piece {
  // The domain's own questions are about this kind of job; the shared ones fit any job, so they are
  // a rare alternative (one in every few drafts), never the usual close.
  const { choose } = input;
  const shared = choose(['own', 'own', 'own', 'own', 'shared'], 'question-source') === 'shared';
  const pool = shared ? offlineContent().insights.sharedQuestions : input.insight.question;
  return { paragraph: 3, order: 0, priority: REQUIRED, text: fill(choose(pool, 'question'), { term: input.questionTerm }) };
}
