/** Task exposure audit: which of the tasks a freelancer sells AI is taking over. */
import { html } from 'hono/html';
import type { TaskAudit } from '../../../domain/schemas.ts';
import type { FormValues } from '../form.ts';
import { formError, textArea, type Html } from './fields.ts';
import { page } from './layout.ts';
import { marketNote } from './market-note.ts';
import type { FormError } from './proof-pages.ts';

const LABELS = { automatable: 'Automatable', ai_assisted: 'AI-assisted', human_critical: 'Human-critical' } as const;

function auditTable(audit: TaskAudit): Html {
  return html`<section class="panel" id="results" aria-labelledby="audit-title">
<h2 id="audit-title">Audit</h2>
<p>${audit.summary}</p>
<div class="table-scroll audit-table" tabindex="0" role="region" aria-labelledby="audit-title">
<table>
<thead><tr><th scope="col">Task</th><th scope="col">Label</th><th scope="col">Why</th><th scope="col">Repackage it as</th></tr></thead>
<tbody>${audit.items.map(
    (item) =>
      html`<tr><th scope="row">${item.task}</th><td><span class="label label--${item.label}">${LABELS[item.label]}</span></td><td data-label="Why">${item.reason}${marketNote(item.market, false)}</td><td data-label="Repackage it as">${item.suggestion}</td></tr>`,
  )}</tbody>
</table>
</div>
</section>`;
}

export interface AuditPageOptions {
  values: FormValues;
  audit?: TaskAudit | undefined;
  error?: FormError | undefined;
}

/** The task list form and, after an audit, the labelled table. */
export function auditPage({ values, audit, error }: AuditPageOptions): Html {
  const body = html`<h1>Audit your tasks</h1>
<p class="lede">List the tasks clients pay you for, one a line. Each is labelled automatable, AI-assisted or human-critical, with a way to repackage it.</p>
<form class="card" method="post" action="/audit#results">
${formError(error, ['tasks'])}
${textArea({ name: 'tasks', label: 'Tasks, one a line', value: values.tasks, error: error?.fields.tasks, required: true, rows: 8 })}
<div class="actions"><button type="submit" class="button">Audit</button></div>
</form>
${audit ? auditTable(audit) : ''}`;
  return page({ title: 'Audit your tasks', section: 'audit', body });
}
