/**
 * The labelled calibration set (`evals/calibration/drafts.json`): proposal drafts, good and bad,
 * each labelled with the rules a careful reviewer says it breaks. The rubric is measured against
 * these labels, never the other way round.
 */
import { z } from 'zod';
import { AcceptedInstructions, Id, ProofItem, ScreeningAnswer } from '../../domain/schemas.ts';
import type { Instruction, ParsedJobPost, Profile } from '../../domain/schemas.ts';
import type { EarlierDraft, ProposalSubject } from '../../rubric/types.ts';

const RuleId = z.string().regex(/^P\d\d$/, 'a proposal rule id such as "P05"');

const CalibrationDraft = z
  .object({
    id: Id,
    /** Why the draft is in the set, for the person reading a miss. */
    note: z.string().default(''),
    /** A key of the file's `posts`, or the job post text itself; null for a draft linted without a post. */
    post: z.string().min(1).nullable(),
    /** A library file name in the calibration folder, or inline proof; the file's `library` when absent. */
    proof: z.union([z.string().min(1), z.array(ProofItem)]).optional(),
    citations: z.array(Id).default([]),
    screeningAnswers: z.array(ScreeningAnswer).default([]),
    /** Ids of drafts in this set the writer sent before this one (for the reuse rule). */
    earlierDrafts: z.array(Id).default([]),
    /** Client instructions of the post the writer accepted, by number (from 1) or value (for P28). */
    accepted: AcceptedInstructions.default([]),
    text: z.string().min(1),
    /** Proposal rule ids the draft breaks; empty for a good draft. */
    breaks: z.array(RuleId).default([]),
  })
  .strict();

export const CalibrationFile = z
  .object({
    description: z.string().default(''),
    /** The default library file name (`<name>.json` beside the set). */
    library: z.string().min(1).default('library'),
    /** The profile file name (`<name>.json` beside the set). */
    profile: z.string().min(1).default('profile'),
    posts: z.record(z.string(), z.string().min(1)).default({}),
    drafts: z.array(CalibrationDraft).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.drafts.forEach((draft, index) => {
      if (ids.has(draft.id)) ctx.addIssue({ code: 'custom', path: ['drafts', index, 'id'], message: `duplicate draft id "${draft.id}"` });
      ids.add(draft.id);
    });
    file.drafts.forEach((draft, index) => {
      for (const earlier of draft.earlierDrafts) {
        if (!ids.has(earlier)) {
          ctx.addIssue({ code: 'custom', path: ['drafts', index, 'earlierDrafts'], message: `no draft "${earlier}" in the set` });
        }
      }
    });
  });
export type CalibrationFile = z.infer<typeof CalibrationFile>;

/** A draft with everything resolved: what the rubric scores and the context it scores it in. */
export interface LabelledDraft {
  id: string;
  subject: ProposalSubject;
  post: ParsedJobPost | null;
  proof: ProofItem[];
  profile: Profile;
  earlierDrafts: EarlierDraft[];
  accepted: Instruction[];
  breaks: string[];
}

/** A calibration set ready to score. */
export interface CalibrationSet {
  drafts: LabelledDraft[];
}
