/** Rubric findings as a list: the rule's name and id, severity, message and the evidence the rule saw. */
import { html } from 'hono/html';
import type { Finding } from '../../../domain/schemas.ts';
import type { Html } from './fields.ts';
import { ruleName } from './rule-name.ts';

/** "2 errors, 1 warning", or a plain all-clear. */
function findingsSummary(findings: Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return 'No rubric findings: every rule passed.';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** One finding; the streaming script builds the same markup, so both paths look alike. */
function findingItem(finding: Finding): Html {
  return html`<li class="finding finding--${finding.severity}">
<p class="finding-head">${ruleName(finding.ruleId)} <span class="badge badge--${finding.severity}">${finding.severity}</span></p>
<p class="finding-message">${finding.message}</p>${
    finding.evidence ? html`<p class="finding-evidence"><span class="label">Evidence:</span> <q>${finding.evidence}</q></p>` : ''
  }
</li>`;
}

/** The findings, errors first; `listId` lets the streaming script refill the same list. */
export function findingsList(findings: Finding[], listId: string): Html {
  const ordered = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return html`<p class="findings-summary" id="${listId}-summary">${findingsSummary(findings)}</p>
<ul class="finding-list" id="${listId}">${ordered.map(findingItem)}</ul>`;
}
