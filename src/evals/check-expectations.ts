/**
 * Turns a case's expectations into `expect:<name>` checks on one output. Only expectations the
 * case states become checks; one that cannot apply to the case's kind fails with a message that
 * says so, rather than passing silently.
 */
import type { Expectations } from './eval-case.ts';
import type { CaseRun } from './run-case.ts';

/** One check on one repeat of one case. */
export interface RepeatCheck {
  id: string;
  severity: 'error' | 'warn' | 'expect';
  passed: boolean;
  messages: string[];
}

const check = (name: string, messages: string[]): RepeatCheck => ({ id: `expect:${name}`, severity: 'expect', passed: messages.length === 0, messages });

/** The proof ids an output cites: proposal citations, triage best proof, offer proof. */
function citedIds(run: CaseRun): string[] | null {
  const { output } = run;
  if (output.kind === 'proposal') return output.result.citations;
  if (output.kind === 'triage') return output.result.bestProof.map((match) => match.id);
  if (output.kind === 'offer') return output.result.proof;
  return null;
}

const notApplicable = (name: string, run: CaseRun) => [`"${name}" does not apply to ${run.output.kind} cases; remove it from the case's expectations.`];
const quote = (items: string[]) => (items.length === 0 ? 'none' : items.map((item) => `"${item}"`).join(', '));

function citeChecks(expect: Expectations, run: CaseRun): RepeatCheck[] {
  const checks: RepeatCheck[] = [];
  const cited = citedIds(run);
  if (expect.cite.length > 0) {
    const missing = cited === null ? [] : expect.cite.filter((id) => !cited.includes(id));
    checks.push(check('cite', cited === null ? notApplicable('cite', run) : missing.map((id) => `expected a citation of "${id}"; cited ${quote(cited)}`)));
  }
  if (expect.notCite.length > 0) {
    const wrong = cited === null ? [] : expect.notCite.filter((id) => cited.includes(id));
    checks.push(check('notCite', cited === null ? notApplicable('notCite', run) : wrong.map((id) => `cited "${id}", which this case must not cite`)));
  }
  return checks;
}

function textChecks(expect: Expectations, run: CaseRun): RepeatCheck[] {
  const checks: RepeatCheck[] = [];
  const haystack = run.text.toLowerCase();
  if (expect.mustNotContain.length > 0) {
    const found = expect.mustNotContain.filter((text) => haystack.includes(text.toLowerCase()));
    checks.push(
      check(
        'mustNotContain',
        found.map((text) => `the output contains "${text}"`),
      ),
    );
  }
  if (expect.mustContain.length > 0) {
    const absent = expect.mustContain.filter((text) => !haystack.includes(text.toLowerCase()));
    checks.push(
      check(
        'mustContain',
        absent.map((text) => `the output does not contain "${text}"`),
      ),
    );
  }
  return checks;
}

function triageChecks(expect: Expectations, run: CaseRun): RepeatCheck[] {
  const { output } = run;
  const checks: RepeatCheck[] = [];
  if (expect.verdict !== undefined) {
    const allowed = Array.isArray(expect.verdict) ? expect.verdict : [expect.verdict];
    if (output.kind !== 'triage') checks.push(check('verdict', notApplicable('verdict', run)));
    else if (!allowed.includes(output.result.verdict)) {
      checks.push(check('verdict', [`verdict was "${output.result.verdict}"; expected ${allowed.map((v) => `"${v}"`).join(' or ')}`]));
    } else checks.push(check('verdict', []));
  }
  if (expect.redFlags.length > 0) {
    if (output.kind !== 'triage') checks.push(check('redFlags', notApplicable('redFlags', run)));
    else {
      const raised = output.result.redFlags.map((flag) => flag.code);
      const missing = expect.redFlags.filter((code) => !raised.includes(code));
      checks.push(
        check(
          'redFlags',
          missing.map((code) => `red flag "${code}" was not raised; raised ${quote(raised)}`),
        ),
      );
    }
  }
  if (expect.instructions.length > 0) {
    if (output.kind !== 'triage' && output.kind !== 'proposal') checks.push(check('instructions', notApplicable('instructions', run)));
    else {
      const found = output.result.instructions.flatMap((instruction): string[] => [instruction.kind, instruction.purpose]);
      const missing = expect.instructions.filter((name) => !found.includes(name));
      checks.push(
        check(
          'instructions',
          missing.map((name) => `no instruction of kind or purpose "${name}" was surfaced; surfaced ${quote([...new Set(found)])}`),
        ),
      );
    }
  }
  return checks;
}

const normalise = (task: string) => task.trim().toLowerCase().replace(/\s+/g, ' ');

function labelChecks(expect: Expectations, run: CaseRun): RepeatCheck[] {
  const wanted = Object.entries(expect.labels);
  if (wanted.length === 0) return [];
  const { output } = run;
  if (output.kind !== 'audit') return [check('labels', notApplicable('labels', run))];
  const labels = new Map(output.result.items.map((item) => [normalise(item.task), item.label]));
  const messages = wanted.flatMap(([task, label]) => {
    const got = labels.get(normalise(task));
    if (got === undefined) return [`task "${task}" is missing from the audit`];
    return got === label ? [] : [`task "${task}" was labelled "${got}"; expected "${label}"`];
  });
  return [check('labels', messages)];
}

/** Every stated expectation of a case, checked against one repeat's output. */
export function checkExpectations(expect: Expectations, run: CaseRun): RepeatCheck[] {
  return [...citeChecks(expect, run), ...triageChecks(expect, run), ...textChecks(expect, run), ...labelChecks(expect, run)];
}
