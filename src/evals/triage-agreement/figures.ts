/**
 * The triage agreement as named figures, the committed baseline they are gated on, and the gate:
 * a change may not lower any figure (nor raise the count of `pursue` verdicts the labels rule out).
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
  };
}

// Figures are ratios of small counts; the margin keeps float noise from failing the gate.
const EPSILON = 1e-9;

/** The figures that got worse than the baseline, as readable lines; empty when the gate passes. */
export function triageDrops(current: TriageFigures, baseline: TriageFigures): string[] {
  const drops: string[] = [];
  for (const [name, was] of Object.entries(baseline) as [keyof TriageFigures, number | null][]) {
    const is = current[name];
    if (name === 'pursueNotAllowed') {
      if ((is as number) > (was as number)) drops.push(`${name}: ${was} in the baseline, now ${is}`);
      continue;
    }
    if (was === null) continue;
    if (is === null || (is as number) < was - EPSILON)
      drops.push(`${name}: ${was.toFixed(2)} in the baseline, now ${is === null ? 'n/a' : (is as number).toFixed(2)}`);
  }
  return drops;
}
