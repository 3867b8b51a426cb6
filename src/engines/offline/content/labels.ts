/**
 * The schema of content/labels.json: how the engine names the domain's closed sets in prose. One
 * entry per value of each set, so a new exposure level or proof kind fails the load until it has words.
 */
import { z } from 'zod';
import { AiExposureLevel, ProofKind } from '../../../domain/schemas.ts';

export const Labels = z.strictObject({
  exposureLevels: z.record(
    AiExposureLevel,
    z.strictObject({
      /** The level as the audit summary names it ("AI-assisted"). */
      name: z.string().min(1),
      /** The opening of the triage reason about AI exposure; the classifier's reason follows it. */
      triageNote: z.string().min(1),
    }),
  ),
  /** A proof item's kind as a draft names it ("the case study I have on file"). */
  proofKinds: z.record(ProofKind, z.string().min(1)),
});
export type Labels = z.output<typeof Labels>;
