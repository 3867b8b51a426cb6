/**
 * Scores one repeat of a case: a check per rubric rule of the case's kind (a rule that ran and
 * found nothing passed) and a check per stated expectation.
 */
import type { Finding } from '../domain/schemas.ts';
import { allRules } from '../rubric/registry.ts';
import type { Rule } from '../rubric/types.ts';
import type { CaseKind, EvalCase } from './eval-case.ts';
import { checkExpectations, type RepeatCheck } from './check-expectations.ts';
import type { CaseRun } from './run-case.ts';

const TARGET: Record<CaseKind, Rule['target'] | null> = { proposal: 'proposal', triage: 'triage', offer: 'offer', audit: null };

/** The rubric rules that score a case of this kind (none for audits). */
export function rulesFor(kind: CaseKind): Rule[] {
  const target = TARGET[kind];
  return target === null ? [] : allRules().filter((rule) => rule.target === target);
}

/** A finding as one line: its message, then what it matched (shortened) so a diff shows the culprit. */
function describeHit(hit: Finding): string {
  if (hit.evidence === null || hit.evidence.trim() === '') return hit.message;
  const evidence = hit.evidence.replace(/\s+/g, ' ').trim();
  return `${hit.message} (found: "${evidence.length > 80 ? `${evidence.slice(0, 79)}…` : evidence}")`;
}

/**
 * One check per rule: failed when it has findings. A rule is held to "must pass" (severity error)
 * when it is an error rule, when the case lists it in `rulesPass`, or when a hit was raised as an
 * error (P13 over 5,000 characters is an error although P13 warns).
 */
function ruleChecks(evalCase: EvalCase, run: CaseRun): RepeatCheck[] {
  const required = new Set(evalCase.expect.rulesPass);
  const rules = rulesFor(evalCase.kind);
  const checks = rules.map((rule): RepeatCheck => {
    const hits = run.findings.filter((finding) => finding.ruleId === rule.id);
    const mustPass = rule.severity === 'error' || required.has(rule.id) || hits.some((hit) => hit.severity === 'error');
    return { id: rule.id, severity: mustPass ? 'error' : 'warn', passed: hits.length === 0, messages: hits.map(describeHit) };
  });
  const known = new Set(rules.map((rule) => rule.id));
  // A listed rule that never runs on this kind would otherwise pass unnoticed.
  for (const id of required) {
    if (known.has(id)) continue;
    checks.push({
      id,
      severity: 'error',
      passed: false,
      messages: [`rule ${id} does not score ${evalCase.kind} cases, so it cannot pass here; remove it from rulesPass.`],
    });
  }
  return checks;
}

/** Every check of one repeat: rules first (in registry order), then expectations. */
export function scoreCase(evalCase: EvalCase, run: CaseRun): RepeatCheck[] {
  return [...ruleChecks(evalCase, run), ...checkExpectations(evalCase.expect, run)];
}

export type { RepeatCheck };
