/**
 * The shape of an eval suite file (`evals/suites/*.json`): cases run through the same core use
 * cases as the CLI, with the inputs, the proof library and profile to use, and what must hold.
 */
import { z } from 'zod';
import {
  AiExposureLevel,
  Id,
  InstructionKind,
  InstructionPurpose,
  Length,
  Profile,
  ProofItem,
  RedFlagCode,
  Tone,
  Variant,
  Verdict,
} from '../domain/schemas.ts';

export const CaseKind = z.enum(['triage', 'proposal', 'offer', 'audit']);
export type CaseKind = z.infer<typeof CaseKind>;

/** A library or profile by name (a file in `evals/fixtures/`) or inline. */
const LibraryRef = z.union([z.string().min(1), z.array(ProofItem)]);
const ProfileRef = z.union([z.string().min(1), Profile.partial()]);

export const CaseInput = z.union([
  z.object({ jobPost: z.string().min(1), tone: Tone.optional(), length: Length.optional(), variant: Variant.optional() }).strict(),
  z.object({ offer: z.string().min(1) }).strict(),
  z.object({ tasks: z.array(z.string().min(1)).min(1) }).strict(),
]);
export type CaseInput = z.infer<typeof CaseInput>;

export const Expectations = z
  .object({
    /** Rubric rule ids that must produce no finding on this case's output. */
    rulesPass: z.array(z.string().regex(/^[PTO]\d\d$/)).default([]),
    /** Proof ids the output must cite (proposal citations, triage bestProof, offer proof). */
    cite: z.array(Id).default([]),
    /** Proof ids the output must not cite. */
    notCite: z.array(Id).default([]),
    /** The triage verdict, or any of several. */
    verdict: z.union([Verdict, z.array(Verdict).min(1)]).optional(),
    /** Text that must not appear in the output's text (case-insensitive). */
    mustNotContain: z.array(z.string().min(1)).default([]),
    /** Text that must appear (case-insensitive). */
    mustContain: z.array(z.string().min(1)).default([]),
    /** Red flag codes triage must raise. */
    redFlags: z.array(RedFlagCode).default([]),
    /**
     * Instructions triage/proposals must surface, each named by what it asks (a kind, "secret_word")
     * or by its purpose ("ai_canary", "injection"): the purpose says whether it may be followed.
     */
    instructions: z.array(z.union([InstructionKind, InstructionPurpose])).default([]),
    /** Audit labels by task text. */
    labels: z.record(z.string(), AiExposureLevel).default({}),
  })
  .strict();
export type Expectations = z.infer<typeof Expectations>;

export const EvalCase = z
  .object({
    id: Id,
    kind: CaseKind,
    description: z.string().default(''),
    input: CaseInput,
    library: LibraryRef.default('default'),
    profile: ProfileRef.default('default'),
    expect: Expectations.prefault({}),
  })
  .strict();
export type EvalCase = z.infer<typeof EvalCase>;

const SuiteThresholds = z
  .object({
    /** The share of case-repeats a warn-severity rule must pass (error rules and expectations must pass every repeat). */
    warnPassRate: z.number().min(0).max(1).default(0.8),
    /** Per-rule pass-rate thresholds that override `warnPassRate`. */
    rules: z.record(z.string(), z.number().min(0).max(1)).default({}),
  })
  .strict();

export const EvalSuite = z
  .object({
    suite: Id,
    description: z.string().default(''),
    thresholds: SuiteThresholds.prefault({}),
    cases: z.array(EvalCase).min(1),
  })
  .strict();
export type EvalSuite = z.infer<typeof EvalSuite>;
