/**
 * The contact and payment gate `bidwright eval --calibrate` applies: every check (P14 and P15 on
 * drafts, the off-platform red flags on posts) must catch at least `minRecall` of the routes its
 * cases hold, with at most `maxFalseAlarms` routes raised that no case expects.
 */
import { join } from 'node:path';
import { loadContactCases } from './contact-case.ts';
import { type ContactCheck, type ContactMeasure, measureContact } from './measure-contact.ts';

/** The gate's thresholds (issue 11: recall 0.95 per rule, one false alarm at most). */
export const CONTACT_GATE = { minRecall: 0.95, maxFalseAlarms: 1 } as const;

/** The committed cases file. */
export const DEFAULT_CONTACT_CASES = join('evals', 'contact-payment', 'cases.json');

export interface ContactGateOutcome {
  file: string;
  cases: number;
  measure: ContactMeasure;
  /** Checks whose recall is below the gate. */
  failing: ContactCheck[];
  passed: boolean;
}

/** Measures the cases in `file` and applies the gate. */
export async function runContactGate(file: string = DEFAULT_CONTACT_CASES): Promise<ContactGateOutcome> {
  const { cases } = await loadContactCases(file);
  const measure = measureContact(cases);
  const failing = (Object.entries(measure.byCheck) as [ContactCheck, { expected: number; detected: number }][])
    .filter(([, counts]) => counts.detected < counts.expected * CONTACT_GATE.minRecall)
    .map(([check]) => check);
  const passed = failing.length === 0 && measure.falsePositives <= CONTACT_GATE.maxFalseAlarms;
  return { file, cases: cases.length, measure, failing, passed };
}

/** The gate's figures and verdict as plain text for the console. */
export function formatContactGate(outcome: ContactGateOutcome): string {
  const { measure } = outcome;
  const lines = [`Contact and payment routes on ${outcome.cases} cases (${outcome.file})`];
  for (const [check, counts] of Object.entries(measure.byCheck)) {
    lines.push(
      `  ${check.padEnd(21)} ${String(counts.detected).padStart(3)}/${String(counts.expected).padEnd(3)}  recall ${(counts.detected / counts.expected).toFixed(2)}`,
    );
  }
  lines.push(`  false alarms          ${measure.falsePositives} (at most ${CONTACT_GATE.maxFalseAlarms})`);
  if (measure.misses.length > 0) lines.push(`  missed: ${measure.misses.join(', ')}`);
  if (measure.falseAlarms.length > 0) lines.push(`  raised but not expected: ${measure.falseAlarms.join(', ')}`);
  const verdict = outcome.passed
    ? `passed (recall at least ${CONTACT_GATE.minRecall} per check)`
    : `FAILED (${[...outcome.failing.map((check) => `${check} recall`), ...(measure.falsePositives > CONTACT_GATE.maxFalseAlarms ? ['false alarms'] : [])].join(', ')})`;
  lines.push('', `Contact gate: ${verdict}`);
  return `${lines.join('\n')}\n`;
}
