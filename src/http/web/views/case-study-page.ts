/**
 * Case studies: notes about finished work in, a proof item draft out for the user to review. Each
 * figure found in the notes is a checkbox, unticked, so only the figures the user confirms become
 * metrics; the notes travel with the form so the server checks every confirmed figure again.
 */
import { html } from 'hono/html';
import type { CaseStudy, Metric } from '../../../domain/schemas.ts';
import { joinList, type FormValues } from '../form.ts';
import { checkboxField, formError, notice, textArea, textField, type Html } from './fields.ts';
import { page } from './layout.ts';
import type { FormError } from './proof-pages.ts';

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  clientType: 'client type',
  problem: 'problem',
  approach: 'approach',
  result: 'result',
  skills: 'skills',
};

/** The review form's values from a fresh draft. */
export function draftValues(study: CaseStudy, notes: string): FormValues {
  const { proof } = study;
  return {
    notes,
    id: proof.id,
    title: proof.title,
    clientType: proof.clientType,
    problem: proof.problem,
    approach: proof.approach,
    result: proof.result,
    skills: joinList(proof.skills),
    link: proof.link ?? '',
  };
}

function metricRow(metric: Metric, index: number, confirmed: boolean): Html {
  const id = `confirm-${index}`;
  // The label is the drafter's guess from the words around the figure, so the user can reword it.
  return html`<li class="metric-choice">
<input type="checkbox" id="${id}" name="confirm" value="${String(index)}"${confirmed ? html` checked` : ''}>
<label for="${id}" class="metric-value">${metric.value}</label>
<input type="text" name="metricLabel" value="${metric.label}" maxlength="200" aria-label="${`What ${metric.value} measures`}">
<input type="hidden" name="metricValue" value="${metric.value}">
</li>`;
}

function metricsFieldset(metrics: readonly Metric[], confirmed: ReadonlySet<number>, dropped: readonly Metric[]): Html {
  const left =
    dropped.length === 0
      ? ''
      : html`<p class="hint">Left out, because their numbers are not in your notes: ${dropped.map((metric, i) => html`${i > 0 ? '; ' : ''}${metric.label} (${metric.value})`)}.</p>`;
  if (metrics.length === 0)
    return html`<p class="muted">No figures found in the notes. A case study with a measured result is stronger: add the numbers to your notes and build the draft again.</p>${left}`;
  return html`<fieldset class="field metric-choices">
<legend>Metrics: tick each figure that is right</legend>
<p class="hint">Figures found in your notes. Only the ticked ones are saved, and drafts may quote them; untick any that is wrong or not a result, and reword a label that does not say what the figure measures. An unticked figure is also taken out of the text you save.</p>
<ul>${metrics.map((metric, index) => metricRow(metric, index, confirmed.has(index)))}</ul>
${left}
</fieldset>`;
}

export interface ReviewOptions {
  values: FormValues;
  metrics: readonly Metric[];
  confirmed: ReadonlySet<number>;
  dropped: readonly Metric[];
  missing: readonly string[];
  error?: FormError | undefined;
}

function reviewForm({ values, metrics, confirmed, dropped, missing, error }: ReviewOptions): Html {
  const fields = error?.fields ?? {};
  const gaps = missing.map((field) => FIELD_NAMES[field]).filter((name): name is string => name !== undefined);
  return html`<form class="card" method="post" action="/case-studies/save" id="review">
<h2>Review the draft</h2>
${formError(error)}
${gaps.length > 0 ? html`<p class="alert alert--warn">Your notes did not say: ${gaps.join(', ')}. Fill them in below, or save without them.</p>` : ''}
<input type="hidden" name="notes" value="${values.notes ?? ''}">
${textField({ name: 'title', label: 'Title', hint: 'What a client reads first: the result and for whom.', value: values.title, error: fields.title, required: true })}
${textField({ name: 'id', label: 'Id', hint: 'Drafts cite this. Leave it blank to make one from the title.', value: values.id, error: fields.id })}
${textField({ name: 'clientType', label: 'Client type', value: values.clientType, error: fields.clientType })}
${textArea({ name: 'problem', label: 'Problem', value: values.problem, error: fields.problem, rows: 3 })}
${textArea({ name: 'approach', label: 'Approach', value: values.approach, error: fields.approach, rows: 3 })}
${textArea({ name: 'result', label: 'Result', value: values.result, error: fields.result, rows: 3 })}
${metricsFieldset(metrics, confirmed, dropped)}
${textField({ name: 'skills', label: 'Skills', hint: 'Comma-separated.', value: values.skills, error: fields.skills })}
${textField({ name: 'link', label: 'Link', hint: 'Optional: a full address starting with https://', value: values.link, error: fields.link, type: 'url' })}
${checkboxField({ name: 'public', label: 'The client may be named publicly', checked: values.public === 'on' })}
<div class="actions"><button type="submit" class="button">Save to library</button></div>
</form>`;
}

export interface CaseStudyPageOptions {
  /** The notes form's values. */
  values: FormValues;
  error?: FormError | undefined;
  review?: ReviewOptions | undefined;
  /** The title of the item just saved. */
  saved?: string | undefined;
}

function savedPanel(title: string): Html {
  return html`${notice(`Saved "${title}" to your library. Drafts for posts about this kind of work can now cite it.`)}
<p class="toolbar"><a class="button" href="/">Draft a proposal</a> <a class="button button--secondary" href="/proof">See it in the proof library</a></p>`;
}

/** The notes form, and after a build the review form; after a save, the links onward. */
export function caseStudyPage({ values, error, review, saved }: CaseStudyPageOptions): Html {
  const body = html`<h1>Turn finished work into proof</h1>
<p class="lede">Paste your notes about a finished project: the client, the problem, what you did and the result, with any figures. You get a proof item to review; only the figures you confirm are kept.</p>
${saved === undefined ? '' : savedPanel(saved)}
<form class="card" method="post" action="/case-studies#review">
${review === undefined ? formError(error, ['notes']) : ''}
${textArea({ name: 'notes', label: 'Project notes', value: values.notes, error: review === undefined ? error?.fields.notes : undefined, required: true, rows: 7 })}
<div class="actions"><button type="submit" class="button${review === undefined ? '' : ' button--secondary'}">Build the draft</button></div>
</form>
${review === undefined ? '' : reviewForm(review)}`;
  return page({ title: 'Case studies', section: 'proof', body });
}
