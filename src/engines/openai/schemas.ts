/**
 * What the model is asked to return, as zod schemas that translate to strict JSON schema: every
 * field required, absent facts as `.nullable()`, no defaults, no regex or length limits (strict mode
 * rejects or ignores them). Fields the engine knows better than the model (the offer's input, a
 * case study's id, whether a proof item is public) are left out and filled in afterwards; what comes
 * back is then checked against the core's own schemas (see finalize.ts).
 */
import { z } from 'zod';
import { AiExposureLevel, ProofKind, ValueLever, Verdict } from '../../domain/schemas.ts';

const Text = z.string();

export const TriageOutput = z.object({
  verdict: Verdict,
  reasons: z.array(z.object({ signal: Text, effect: z.enum(['positive', 'negative', 'neutral']), text: Text })),
  aiExposure: z.object({ level: AiExposureLevel, reason: Text }),
  clarifyingQuestions: z.array(Text),
});
export type TriageOutput = z.infer<typeof TriageOutput>;

export const ProposalOutput = z.object({
  text: Text,
  citations: z.array(Text),
  screeningAnswers: z.array(z.object({ question: Text, answer: Text })),
});
export type ProposalOutput = z.infer<typeof ProposalOutput>;

export const OfferOutput = z.object({
  headline: Text,
  buyer: Text,
  problem: Text,
  before: Text,
  after: Text,
  outcome: Text,
  valueLevers: z.array(ValueLever),
  deliverables: z.array(Text),
  inclusions: z.array(Text),
  exclusions: z.array(Text),
  acceptanceCriteria: z.array(Text),
  proof: z.array(Text),
});
export type OfferOutput = z.infer<typeof OfferOutput>;

export const AuditOutput = z.object({
  items: z.array(z.object({ task: Text, label: AiExposureLevel, reason: Text, suggestion: Text })),
  summary: Text,
});
export type AuditOutput = z.infer<typeof AuditOutput>;

const MetricOutput = z.object({ label: Text, value: Text });

export const CaseStudyOutput = z.object({
  proof: z.object({
    kind: ProofKind,
    title: Text,
    clientType: Text,
    problem: Text,
    approach: Text,
    result: Text,
    skills: z.array(Text),
    link: Text.nullable(),
  }),
  missing: z.array(Text),
  unconfirmedMetrics: z.array(MetricOutput),
});
export type CaseStudyOutput = z.infer<typeof CaseStudyOutput>;

export const PositioningOutput = z.object({
  headline: Text,
  niche: Text,
  rationale: Text,
  proof: z.array(Text),
});
export type PositioningOutput = z.infer<typeof PositioningOutput>;
