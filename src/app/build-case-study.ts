import { z } from 'zod';
import { checkEngineOutput } from '../domain/check-engine-output.ts';
import { boundedText } from '../domain/bounded-text.ts';
import { LIMITS } from '../domain/limits.ts';
import type { Engine } from '../domain/ports.ts';
import { CaseStudy, Id } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { splitByNotes } from './note-figures.ts';

export interface BuildCaseStudyDeps {
  engine: Engine;
}

export const CaseStudyRequest = z.object({
  notes: boundedText('text of the notes', LIMITS.notesChars, 'Keep to the client, the problem, what you did and the result.')
    .trim()
    .min(1, 'the notes are empty: describe the client, the problem, what you did and the result'),
  id: Id.nullable().optional(),
});
export type CaseStudyRequest = z.infer<typeof CaseStudyRequest>;

/**
 * Turns notes about finished work into a structured proof item for the user to confirm. Whatever
 * the engine, a figure whose number the notes do not state is moved to `droppedMetrics`.
 */
export async function buildCaseStudy(request: CaseStudyRequest, deps: BuildCaseStudyDeps): Promise<CaseStudy> {
  const { notes, id } = parseOrThrow(CaseStudyRequest, request, 'The case study notes');
  const raw = await deps.engine.buildCaseStudy({ notes, id: id ?? null });
  const draft = checkEngineOutput(CaseStudy.omit({ engine: true, droppedMetrics: true }), raw, deps.engine.name);
  const figures = splitByNotes(draft.unconfirmedMetrics, notes);
  const metrics = splitByNotes(draft.proof.metrics, notes);
  return {
    ...draft,
    proof: { ...draft.proof, metrics: metrics.kept },
    unconfirmedMetrics: figures.kept,
    droppedMetrics: [...metrics.dropped, ...figures.dropped],
    engine: deps.engine.name,
  };
}
