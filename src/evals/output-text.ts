/**
 * The text of a case's output that people read and text expectations search: what the engine
 * wrote, not what it echoed from the input (a triage lists the post's own instructions, and a
 * `mustNotContain: ["banana"]` must not fail because the post said "banana").
 */
import type { Offer, Proposal, TaskAudit, Triage } from '../domain/schemas.ts';
import type { CaseInput } from './eval-case.ts';

/** What one repeat of a case produced, in the shape scoring needs. */
export type CaseOutput =
  | { kind: 'triage'; result: Triage }
  | { kind: 'proposal'; result: Proposal }
  | { kind: 'offer'; result: Offer }
  | { kind: 'audit'; result: TaskAudit };

const list = (label: string, items: string[]): string[] => (items.length === 0 ? [] : [`${label}:`, ...items.map((item) => `- ${item}`)]);

/** The engine-written text of an output, one field a line. */
export function outputText(output: CaseOutput): string {
  switch (output.kind) {
    case 'proposal': {
      const { text, screeningAnswers } = output.result;
      return [text, ...screeningAnswers.flatMap((qa) => ['', `Q: ${qa.question}`, `A: ${qa.answer}`])].join('\n');
    }
    case 'triage': {
      const t = output.result;
      return [
        `verdict: ${t.verdict}`,
        ...list(
          'reasons',
          t.reasons.map((reason) => `${reason.text} (${reason.signal})`),
        ),
        ...list('clarifying questions', t.clarifyingQuestions),
        `AI exposure: ${t.aiExposure.level}: ${t.aiExposure.reason}`,
      ].join('\n');
    }
    case 'offer': {
      const o = output.result;
      return [
        o.headline,
        `buyer: ${o.buyer}`,
        `problem: ${o.problem}`,
        `before: ${o.before}`,
        `after: ${o.after}`,
        `outcome: ${o.outcome}`,
        ...list('deliverables', o.deliverables),
        ...list('inclusions', o.inclusions),
        ...list('exclusions', o.exclusions),
        ...list('acceptance criteria', o.acceptanceCriteria),
      ].join('\n');
    }
    case 'audit': {
      const a = output.result;
      return [...a.items.map((item) => `${item.task}: ${item.label}: ${item.reason} ${item.suggestion}`), a.summary].join('\n');
    }
  }
}

/** A case's input as text a person can read. */
export function inputText(input: CaseInput): string {
  if ('jobPost' in input) return input.jobPost;
  if ('offer' in input) return input.offer;
  return input.tasks.join('\n');
}
