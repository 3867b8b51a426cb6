/**
 * The triage agreement as named figures, the committed baseline they are gated on, and the gate:
 * a change may not lower any figure (nor raise a count of faults: `pursue` verdicts the labels rule
 * out, drafts for another kind of job, drafts with errors, boilerplate sentences).
 */
import { z } from 'zod';
import { precision, recall, type TriageAgreement } from './measure-triage.ts';

const Figure = z.number().min(0).max(1).nullable();

export const TriageFigures = z
  .object({
    verdictAgreement: Figure,
    pursueNotAllowed: z.number().int().min(0),
    domainAgreement: Figure,
    mustHavePrecision: Figure,
    mustHaveRecall: Figure,
    relevancePrecision: Figure,
    relevanceRecall: Figure,
    redFlagPrecision: Figure,
    redFlagRecall: Figure,
    questionPrecision: Figure,
    questionRecall: Figure,
    instructionPrecision: Figure,
    instructionRecall: Figure,
    /** Drafts written for another kind of job (P25 errors); lower is better. */
    draftMisfires: z.number().int().min(0),
    /** Drafts with any error finding; lower is better. */
    draftsWithErrors: z.number().int().min(0),
    /** Sentences found word for word in more than 10% of the drafts; lower is better. */
    boilerplateSentences: z.number().int().min(0),
  })
  .strict();
export type TriageFigures = z.infer<typeof TriageFigures>;

/** The figures of one measurement. */
export function triageFigures(agreement: TriageAgreement): TriageFigures {
  const { verdict } = agreement;
  return {
    verdictAgreement: verdict.total === 0 ? null : verdict.agree / verdict.total,
    pursueNotAllowed: verdict.pursueNotAllowed,
    domainAgreement: agreement.domain.total === 0 ? null : agreement.domain.agree / agreement.domain.total,
    mustHavePrecision: precision(agreement.mustHaves),
    mustHaveRecall: recall(agreement.mustHaves),
    relevancePrecision: precision(agreement.relevance),
    relevanceRecall: recall(agreement.relevance),
    redFlagPrecision: precision(agreement.redFlags),
    redFlagRecall: recall(agreement.redFlags),
    questionPrecision: precision(agreement.questions),
    questionRecall: recall(agreement.questions),
    instructionPrecision: precision(agreement.instructions),
    instructionRecall: recall(agreement.instructions),
    draftMisfires: agreement.drafts.misfires,
    draftsWithErrors: agreement.drafts.withErrors,
    boilerplateSentences: agreement.drafts.repetition.overLimit.length,
  };
}

// Figures are ratios of small counts; the margin keeps float noise from failing the gate.
const EPSILON = 1e-9;

/** Counts of faults: the gate fails when one rises. */
const COUNTS: ReadonlySet<keyof TriageFigures> = new Set(['pursueNotAllowed', 'draftMisfires', 'draftsWithErrors', 'boilerplateSentences']);

/** The figures that got worse than the baseline, as readable lines; empty when the gate passes. */
export function triageDrops(current: TriageFigures, baseline: TriageFigures): string[] {
  const drops: string[] = [];
  for (const [name, was] of Object.entries(baseline) as [keyof TriageFigures, number | null][]) {
    const is = current[name];
    if (COUNTS.has(name)) {
      if ((is as number) > (was as number)) drops.push(`${name}: ${was} in the baseline, now ${is}`);
      continue;
    }
    if (was === null) continue;
    if (is === null || (is as number) < was - EPSILON)
      drops.push(`${name}: ${was.toFixed(2)} in the baseline, now ${is === null ? 'n/a' : (is as number).toFixed(2)}`);
  }
  return drops;
}
