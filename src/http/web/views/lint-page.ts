/** Lint: any draft, a person's or a model's, against the proposal rubric. */
import { html } from 'hono/html';
import type { LintReport } from '../../../domain/schemas.ts';
import type { FormValues } from '../form.ts';
import { formError, textArea, textField, type Html } from './fields.ts';
import { findingsList } from './findings.ts';
import { acceptBox } from './instructions.ts';
import { lengthStatus } from './length-meter.ts';
import { page } from './layout.ts';
import { ruleName } from './rule-name.ts';
import type { FormError } from './proof-pages.ts';

function reportPanel(report: LintReport, text: string): Html {
  const length = lengthStatus(text);
  return html`<section class="panel" id="results" aria-labelledby="lint-title">
<h2 id="lint-title">${report.errors > 0 ? 'Fix before sending' : 'Ready to review'}</h2>
<p class="meter meter--${length.level}">${length.words} words · ${length.chars} characters. ${length.note}</p>
${findingsList(report.findings, 'lint-findings')}
${report.draftId ? html`<p class="muted">Kept in your <a href="/drafts/${encodeURIComponent(report.draftId)}">drafts</a>: open it there to edit it with each finding marked in the text.</p>` : ''}
${report.passed.length > 0 ? html`<details><summary>Rules passed (${report.passed.length})</summary><ul class="rules-passed">${report.passed.map((id) => html`<li>${ruleName(id)}</li>`)}</ul></details>` : ''}
</section>`;
}

/** The numbers (from 1) of the instructions the check held the draft to. */
function acceptedNumbers(report: LintReport): number[] {
  const accepted = new Set(report.acceptedInstructions.map((instruction) => instruction.text));
  return report.instructions.flatMap((instruction, index) => (accepted.has(instruction.text) ? [index + 1] : []));
}

export interface LintPageOptions {
  values: FormValues;
  report?: LintReport | undefined;
  error?: FormError | undefined;
}

/** The draft form and, after a check, the findings. */
export function lintPage({ values, report, error }: LintPageOptions): Html {
  const fields = error?.fields ?? {};
  const body = html`<h1>Check a draft</h1>
<p class="lede">Paste any proposal, yours or a model's. It is checked against the same rubric as bidwright's own drafts; add the job post to check it against the post too.</p>
<form class="card" method="post" action="/lint#results" id="lint-form">
${formError(error, ['text', 'jobPost', 'citations'])}
${textArea({ name: 'text', label: 'Your draft', value: values.text, error: fields.text, required: true, rows: 10 })}
${textArea({ name: 'jobPost', label: 'Job post (optional)', value: values.jobPost, error: fields.jobPost, rows: 6 })}
${textField({ name: 'citations', label: 'Proof ids the draft cites (optional)', hint: 'Comma-separated ids from your library.', value: values.citations, error: fields.citations })}
<div class="actions"><button type="submit" class="button">Check</button></div>
</form>
${report ? reportPanel(report, values.text ?? '') : ''}
${report ? acceptBox(report.instructions, acceptedNumbers(report), 'lint-form', 'Check again') : ''}`;
  return page({ title: 'Check a draft', section: 'lint', body });
}
