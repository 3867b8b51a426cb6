/**
 * What a careful person concludes from one shared job post, written down by reading it: the main
 * deliverable and its domain, the fixture library's honestly relevant proof, the verdicts they could
 * defend, real red flags, the exact screening questions and the client's instructions. The labels
 * live in the repository; the posts they describe do not (they are read from ../shared).
 */
import { z } from 'zod';
import { InstructionPurpose, RedFlagCode, Verdict } from '../../domain/schemas.ts';
import { readJsonFile } from '../read-json-file.ts';

export const TriageLabel = z
  .object({
    id: z.string().min(1),
    deliverable: z.string().min(1),
    domain: z.string().min(1),
    relevantProof: z.array(z.string()),
    verdicts: z.array(Verdict).min(1),
    mustHaves: z.array(z.string()),
    unmetMustHaves: z.array(z.string()),
    redFlags: z.array(z.object({ code: RedFlagCode, why: z.string() }).strict()),
    screeningQuestions: z.array(z.string().min(1)),
    instructions: z.array(z.object({ kind: InstructionPurpose, value: z.string().nullable(), why: z.string() }).strict()),
    notes: z.string(),
  })
  .strict();
export type TriageLabel = z.infer<typeof TriageLabel>;

/** The labels file: the fixtures the labels assume, and one label per post. */
export const TriageLabelFile = z
  .object({
    about: z.string(),
    profile: z.string().regex(/^[a-z0-9-]+$/, 'a fixture name from evals/fixtures/profiles'),
    library: z.string().regex(/^[a-z0-9-]+$/, 'a fixture name from evals/fixtures/libraries'),
    labels: z.array(TriageLabel).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.labels.forEach((label, index) => {
      if (seen.has(label.id)) ctx.addIssue({ code: 'custom', path: ['labels', index, 'id'], message: `the post "${label.id}" is labelled twice` });
      seen.add(label.id);
    });
  });
export type TriageLabelFile = z.infer<typeof TriageLabelFile>;

/** Reads and checks a labels file; a broken one is an INVALID_INPUT naming the file and the field. */
export function loadTriageLabels(file: string): Promise<TriageLabelFile> {
  return readJsonFile(file, TriageLabelFile, 'The labels file');
}
