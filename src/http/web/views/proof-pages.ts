/** The proof library pages: the list, the add/edit form, the delete confirmation and the import form. */
import { html } from 'hono/html';
import { isWebLink, type ProofItem } from '../../../domain/schemas.ts';
import { formatMetricLines, joinList, type FormValues } from '../form.ts';
import { checkboxField, formError, notice, selectField, textArea, textField, type Hint, type Html } from './fields.ts';
import { page } from './layout.ts';
import { setupCard } from './setup-card.ts';
import type { SetupState } from '../../../app/load-example.ts';

/** The kinds of proof, as [value, label]. */
const PROOF_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['case_study', 'Case study'],
  ['testimonial', 'Testimonial'],
  ['portfolio', 'Portfolio piece'],
  ['credential', 'Credential'],
];
const KIND_LABEL = Object.fromEntries(PROOF_KINDS) as Record<string, string>;

export interface FormError {
  message: string;
  fields: Record<string, string>;
  hint?: Hint | undefined;
}

/** A stored item as the form's field values. */
export function proofValues(item: ProofItem): FormValues {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    clientType: item.clientType,
    problem: item.problem,
    approach: item.approach,
    result: item.result,
    metrics: formatMetricLines(item.metrics),
    skills: joinList(item.skills),
    link: item.link ?? '',
    public: item.public ? 'on' : '',
  };
}

/** The item's link, opened in a new tab without handing it this page; a stored value that is not an http(s) address is not linked. */
function proofLink(link: string | null): Html {
  if (link === null || !isWebLink(link)) return html``;
  const { host, pathname } = new URL(link);
  return html`<p class="proof-link"><a href="${link}" rel="noopener noreferrer nofollow" target="_blank">${host}${pathname === '/' ? '' : pathname}</a></p>`;
}

function proofCard(item: ProofItem): Html {
  const editHref = `/proof/${encodeURIComponent(item.id)}/edit`;
  const deleteHref = `/proof/${encodeURIComponent(item.id)}/delete`;
  return html`<li class="card proof-card">
<h2 class="card-title">${item.title}</h2>
<p class="meta"><span class="badge">${KIND_LABEL[item.kind] ?? item.kind}</span> <code>${item.id}</code> · ${item.public ? 'may be named publicly' : 'private: not named publicly'}${
    item.clientType ? html` · ${item.clientType}` : ''
  }</p>
${item.result ? html`<p>${item.result}</p>` : ''}
${item.metrics.length > 0 ? html`<ul class="metrics">${item.metrics.map((metric) => html`<li><span class="metric-value">${metric.value}</span> ${metric.label}</li>`)}</ul>` : ''}
${item.skills.length > 0 ? html`<p class="muted">Skills: ${item.skills.join(', ')}</p>` : ''}
${proofLink(item.link)}
<p class="card-actions"><a class="button button--secondary button--small" href="${editHref}">Edit<span class="visually-hidden"> ${item.title}</span></a>
<a class="button button--danger button--small" href="${deleteHref}">Delete<span class="visually-hidden"> ${item.title}</span></a></p>
</li>`;
}

/** The library, newest additions last, with the message of what just changed; empty, it leads the user to fill it. */
export function proofListPage(items: ProofItem[], message?: string, setup?: SetupState): Html {
  const body = html`<h1>Proof library</h1>
<p class="lede">Drafts only cite what is here: case studies, testimonials, portfolio pieces and credentials. Numbers in a draft come only from the metrics you enter.</p>
${notice(message)}
<p class="toolbar"><a class="button" href="/proof/new">Add proof</a> <a class="button button--secondary" href="/case-studies">Build from project notes</a> <a class="button button--secondary" href="/proof/import">Import JSON</a> <a class="button button--secondary" href="/proof/export" download="proof.json">Export JSON</a></p>
${items.length === 0 ? setupCard(setup ?? { profile: false, proof: true }) : html`<ul class="card-list">${items.map(proofCard)}</ul>`}`;
  return page({ title: 'Proof library', section: 'proof', body });
}

export interface ProofFormOptions {
  mode: 'add' | 'edit';
  values: FormValues;
  error?: FormError | undefined;
}

/** The add or edit form; the id cannot change once an item exists. */
export function proofFormPage({ mode, values, error }: ProofFormOptions): Html {
  const fields = error?.fields ?? {};
  const action = mode === 'add' ? '/proof/new' : `/proof/${encodeURIComponent(values.id ?? '')}/edit`;
  const heading = mode === 'add' ? 'Add proof' : `Edit proof`;
  const body = html`<h1>${heading}</h1>
<p><a href="/proof">Back to the library</a></p>
<form class="card" method="post" action="${action}">
${formError(error)}
<div class="row">
${textField({ name: 'id', label: 'Id', hint: mode === 'add' ? 'Leave blank to make one from the title, or give letters, digits, ".", "_" or "-", e.g. shop-checkout-fix. Drafts cite it.' : 'The id cannot change; drafts cite it.', value: values.id, error: fields.id, required: mode === 'edit', readonly: mode === 'edit' })}
${selectField({ name: 'kind', label: 'Kind', options: PROOF_KINDS, value: values.kind ?? 'case_study', error: fields.kind })}
</div>
${textField({ name: 'title', label: 'Title', value: values.title, error: fields.title, required: true })}
${textField({ name: 'clientType', label: 'Client type', hint: 'e.g. DTC skincare brand on Shopify', value: values.clientType, error: fields.clientType })}
${textArea({ name: 'problem', label: 'Problem', value: values.problem, error: fields.problem, rows: 3 })}
${textArea({ name: 'approach', label: 'Approach', value: values.approach, error: fields.approach, rows: 3 })}
${textArea({ name: 'result', label: 'Result', value: values.result, error: fields.result, rows: 3 })}
${textArea({ name: 'metrics', label: 'Metrics', hint: 'One a line as label = value or label: value, e.g. "checkout completion = +22%". Only numbers you can stand behind.', value: values.metrics, error: fields.metrics, rows: 3 })}
${textField({ name: 'skills', label: 'Skills', hint: 'Comma-separated, e.g. Shopify, GA4, Liquid', value: values.skills, error: fields.skills })}
${textField({ name: 'link', label: 'Link', hint: 'Optional; leave blank if there is nothing public to show.', type: 'url', value: values.link, error: fields.link })}
${checkboxField({ name: 'public', label: 'The client may be named publicly', checked: values.public === 'on', error: fields.public })}
<div class="actions"><button type="submit" class="button">${mode === 'add' ? 'Add proof' : 'Save changes'}</button> <a href="/proof">Cancel</a></div>
</form>`;
  return page({ title: heading, section: 'proof', body });
}

/** Asks before deleting; the button posts, so a link or a prefetch never deletes anything. */
export function proofDeletePage(item: ProofItem, error?: string): Html {
  const body = html`<h1>Delete proof?</h1>
<form class="card" method="post" action="/proof/${encodeURIComponent(item.id)}/delete">
${formError(error)}
<p>Delete <strong>${item.title}</strong> (<code>${item.id}</code>) from your library? Drafts already written keep their text; new drafts will not cite it.</p>
<div class="actions"><button type="submit" class="button button--danger">Delete</button> <a href="/proof">Keep it</a></div>
</form>`;
  return page({ title: 'Delete proof', section: 'proof', body });
}

/** Import a JSON array of proof items, pasted or uploaded. */
export function proofImportPage(values: FormValues, error?: FormError): Html {
  const fields = error?.fields ?? {};
  const body = html`<h1>Import proof</h1>
<p><a href="/proof">Back to the library</a></p>
<form class="card" method="post" action="/proof/import" enctype="multipart/form-data">
${formError(error)}
<p>A JSON array of proof items with <code>id</code>, <code>kind</code>, <code>title</code>, <code>clientType</code>, <code>problem</code>, <code>approach</code>, <code>result</code>, <code>metrics</code>, <code>skills</code>, <code>link</code> and <code>public</code>. Ids are kept; an item whose id exists replaces it. All or nothing.</p>
${textArea({ name: 'json', label: 'Paste JSON', value: values.json, error: fields.json, rows: 10 })}
<div class="field${fields.file ? ' has-error' : ''}"><label for="file">Or choose a JSON file</label>${fields.file ? html`<p class="field-error" id="file-error">${fields.file}</p>` : ''}<input type="file" id="file" name="file" accept="application/json,.json"></div>
<div class="actions"><button type="submit" class="button">Import</button></div>
</form>`;
  return page({ title: 'Import proof', section: 'proof', body });
}
