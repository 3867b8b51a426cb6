/**
 * The output guard's report above the draft: a red warning while the draft still breaks a rule
 * that must pass (it is not ready to send), and a note of what the guard changed. The streaming
 * script fills the same elements by id (assets/proposal-view.js), with the same words.
 */
import { html } from 'hono/html';
import type { DraftGuard } from '../../../domain/schemas.ts';
import type { Html } from './fields.ts';
import { ruleName } from './rule-name.ts';

/** "Not ready to send: ..." for `count` error findings; the script words it the same. */
function notReady(count: number): string {
  return `Not ready to send: this draft still breaks ${count} ${count === 1 ? 'rule' : 'rules'} that must pass. Fix ${count === 1 ? 'it' : 'each'} before you send it.`;
}

/** The guard's warning and changes; both hidden when there is nothing to say (or no draft yet). */
export function guardNotice(guard: DraftGuard | null): Html {
  const problems = guard?.problems ?? [];
  const changes = guard?.changes ?? [];
  return html`<div class="alert alert--error" id="proposal-guard" role="alert"${problems.length === 0 ? html` hidden` : ''}>
<p id="proposal-guard-summary">${problems.length > 0 ? notReady(problems.length) : ''}</p>
<ul id="proposal-guard-problems">${problems.map((problem) => html`<li>${ruleName(problem.ruleId)}: ${problem.message}</li>`)}</ul>
</div>
<div class="gap-warning" id="proposal-guard-changes-box"${changes.length === 0 ? html` hidden` : ''}>
<p>Changed before it was shown to you:</p>
<ul id="proposal-guard-changes">${changes.map((change) => html`<li>${ruleName(change.ruleId)}: ${change.message}${change.evidence ? html` <q>${change.evidence}</q>` : ''}</li>`)}</ul>
</div>`;
}
