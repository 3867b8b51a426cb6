/**
 * Turns what the model returned (already shaped by the wire schemas) into the core's drafts, filling
 * the fields the engine owns, and checks the result against the core's schemas. A mismatch is
 * reported as text for the repair request rather than thrown.
 */
import { z } from 'zod';
import type {
  AuditContext,
  PositioningContext,
  CaseStudyContext,
  CaseStudyDraft,
  OfferContext,
  OfferDraft,
  ProposalDraft,
  TaskAuditDraft,
  TriageJudgement,
} from '../../domain/ports.ts';
import { AiExposureLevel, CaseStudy, isWebLink, Offer, Reason, ScreeningAnswer, TaskAudit, Verdict } from '../../domain/schemas.ts';
import { PositioningDraft } from '../../domain/positioning.ts';
import { idFromTitle } from '../../domain/proof-id.ts';
import { issueLines } from './issue-lines.ts';
import type { AuditOutput, CaseStudyOutput, OfferOutput, PositioningOutput, ProposalOutput, TriageOutput } from './schemas.ts';

/** A checked draft, or what is wrong with it in one line. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: string };

function check<S extends z.ZodType>(schema: S, value: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: issueLines(result.error.issues) };
}

const Judgement = z.object({
  verdict: Verdict,
  reasons: z.array(Reason).min(1, 'give at least one reason, each citing a signal'),
  aiExposure: z.object({ level: AiExposureLevel, reason: z.string().min(1) }),
  clarifyingQuestions: z.array(z.string()),
});

/** A triage judgement with at least one reason. */
export function finalizeTriage(output: TriageOutput): Checked<TriageJudgement> {
  return check(Judgement, output);
}

const Draft = z.object({
  text: z.string().trim().min(1, 'the letter is empty'),
  citations: z.array(z.string()),
  screeningAnswers: z.array(ScreeningAnswer),
});

/** A proposal draft with a non-empty letter. Citations are kept as given: the core drops and reports unknown ones. */
export function finalizeProposal(output: ProposalOutput): Checked<ProposalDraft> {
  return check(Draft, { ...output, citations: [...new Set(output.citations.map((id) => id.trim()))] });
}

const OfferShape = Offer.omit({ findings: true, engine: true, usage: true });

/** An offer for the given input; proof ids the model was not shown are dropped. */
export function finalizeOffer(output: OfferOutput, context: OfferContext): Checked<OfferDraft> {
  const shown = new Set(context.proof.map((ranked) => ranked.item.id));
  return check(OfferShape, { ...output, input: context.offer, proof: [...new Set(output.proof)].filter((id) => shown.has(id)) });
}

const AuditShape = TaskAudit.omit({ engine: true, usage: true });

/** One audit item per task, in order, each carrying the task exactly as the user wrote it. */
export function finalizeAudit(output: AuditOutput, context: AuditContext): Checked<TaskAuditDraft> {
  if (output.items.length !== context.tasks.length) {
    return { ok: false, issues: `items: expected ${context.tasks.length} items, one per task in order, got ${output.items.length}` };
  }
  const items = output.items.map((item, index) => ({ ...item, task: context.tasks[index] ?? item.task }));
  return check(AuditShape, { items, summary: output.summary });
}

const CaseStudyShape = CaseStudy.omit({ engine: true, usage: true });

/**
 * A proof item draft. Figures stay in `unconfirmedMetrics` until the user confirms them, and the
 * item is private until the user says otherwise; neither is the model's call.
 */
export function finalizeCaseStudy(output: CaseStudyOutput, context: CaseStudyContext): Checked<CaseStudyDraft> {
  const { proof } = output;
  // A link the model wrote that is not a full web address ("example.com", "javascript:...") is dropped, not stored.
  const link = proof.link === null || !isWebLink(proof.link.trim()) ? null : proof.link.trim();
  return check(CaseStudyShape, {
    proof: { ...proof, link, id: context.id ?? idFromTitle(proof.title, 'case-study'), metrics: [], public: false },
    missing: output.missing,
    unconfirmedMetrics: output.unconfirmedMetrics,
  });
}

/** A headline and niche; proof ids the model was not shown are dropped (the core checks its figures). */
export function finalizePositioning(output: PositioningOutput, context: PositioningContext): Checked<PositioningDraft> {
  const shown = new Set(context.proof.map((item) => item.id));
  return check(PositioningDraft, { ...output, proof: [...new Set(output.proof)].filter((id) => shown.has(id)) });
}
