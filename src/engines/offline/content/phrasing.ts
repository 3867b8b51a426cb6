/**
 * The schema of content/phrasing.json: sentence frames per tone. Tone changes the wording
 * (greeting, contractions, sentence length), never the facts: every frame is filled from the same
 * post terms, insight and proof through `{name}` slots (see propose/phrasing.ts).
 *
 * Frames follow the rubric: openings say "your" and never "I"; diagnoses carry a cue ("the
 * bottleneck is likely", "the real risk"); first steps carry a first-step cue; nothing holds a
 * digit, a price, a duration or a question mark.
 */
import { z } from 'zod';

const Wordings = z.array(z.string()).min(1);

/** Wordings for one slot, per tone; a draft picks one by a hash of the post. */
export const Frames = z.strictObject({ plain: Wordings, warm: Wordings, direct: Wordings, formal: Wordings });
export type Frames = z.output<typeof Frames>;

const SLOTS = [
  'greeting',
  'opening',
  'reflect',
  'diagnosis',
  'consequence',
  'proofLead',
  'proofLeadPlain',
  'secondProof',
  'problemResult',
  'approachResult',
  'metrics',
  'noProof',
  'approach',
  /** The approach when no proof precedes it, so it cannot read as "from there". */
  'approachAlone',
  'firstStep',
  /** The first step when the post numbers its tasks: the first of them, named as the post names it. */
  'listedFirstStep',
  /** The parts of the work the post names, said back as covered ("{parts}" is the post's own list). */
  'coverage',
  /** Parts the post names beside the main work ("the role also includes ..."), said back as covered too. */
  'coverageFurther',
  /** The first few parts of a longer list, named without claiming the rest. */
  'coverageLead',
  /** The rest of a numbered list, after its first task became the first step. */
  'coverageRest',
  'evolvingNote',
  'vagueNote',
  /** The sentence that carries a word the client asked for, once the user accepted that instruction. */
  'readCheck',
] as const;
export type FrameSlot = (typeof SLOTS)[number];

export const Phrasing = z.strictObject({
  frames: z.strictObject(Object.fromEntries(SLOTS.map((slot) => [slot, Frames])) as Record<FrameSlot, typeof Frames>),
  /** Process sentences used only to reach the length band; honest about how the work would run. */
  fillers: z.array(z.string().min(1)).min(1),
});
export type Phrasing = z.output<typeof Phrasing>;
