/** Positioning: a headline, a micro-niche, the tasks by AI exposure and one repackaged service. */
import { html } from 'hono/html';
import { groupTasks, type PositioningSuggestion } from '../../../domain/positioning.ts';
import type { FormValues } from '../form.ts';
import { formError, textArea, type Html } from './fields.ts';
import { page } from './layout.ts';
import type { FormError } from './proof-pages.ts';

const LABELS = { automatable: 'Automatable', ai_assisted: 'AI-assisted', human_critical: 'Human-critical' } as const;

/** A suggestion with a button that writes it into the profile. */
function suggestionBlock(field: 'headline' | 'niche', title: string, value: string | null): Html {
  if (value === null) return html`<div class="suggestion"><h3>${title}</h3><p class="muted">None suggested: see "Withheld" below.</p></div>`;
  return html`<div class="suggestion"><h3>${title}</h3><p class="suggestion-text">${value}</p>
<form method="post" action="/profile/suggest/use"><input type="hidden" name="field" value="${field}"><input type="hidden" name="value" value="${value}">
<button type="submit" class="button button--secondary button--small">Use as my ${field === 'headline' ? 'headline' : 'niche'}</button></form></div>`;
}

function tasksSection(result: PositioningSuggestion): Html {
  return html`<section aria-labelledby="tasks-title"><h3 id="tasks-title">Your tasks by AI exposure</h3>
<ul class="exposure-list">${groupTasks(result.tasks.items).map(
    (group) =>
      html`<li><span class="badge badge--${group.label}">${LABELS[group.label]}</span> <strong>${group.tasks.join(', ')}</strong><br><span class="muted">${group.reason}</span></li>`,
  )}</ul></section>`;
}

function serviceSection(result: PositioningSuggestion): Html {
  const { service } = result;
  const { offer } = service;
  return html`<section aria-labelledby="service-title"><h3 id="service-title">One service, repackaged around a measurable outcome</h3>
<p><strong>${service.task}</strong>: ${service.note}</p>
<p class="suggestion-text">${offer.headline}</p>
<dl class="facts">
<div><dt>Before</dt><dd>${offer.before}</dd></div>
<div><dt>After</dt><dd>${offer.after}</dd></div>
<div><dt>Measurable outcome</dt><dd>${offer.outcome}</dd></div>
</dl>
${
  service.proof.length === 0
    ? html`<p>No proof in your library backs it yet. <a href="/case-studies">Turn a finished project into a case study</a>.</p>`
    : html`<p>Backed by:</p><ul>${service.proof.map(
        (item) =>
          html`<li><code>${item.id}</code> ${item.title}${item.metrics.length > 0 ? html` <ul class="metrics">${item.metrics.map((metric) => html`<li><span class="metric-value">${metric.value}</span> ${metric.label}</li>`)}</ul>` : ''}</li>`,
      )}</ul>`
}
<p><a href="/offers">Rewrite another offer</a></p>
</section>`;
}

function resultPanel(result: PositioningSuggestion): Html {
  return html`<section class="panel" id="results" aria-labelledby="positioning-title">
<h2 id="positioning-title">Suggested positioning</h2>
<div class="columns">${suggestionBlock('headline', 'Headline', result.headline)}${suggestionBlock('niche', 'Micro-niche', result.niche)}</div>
<p class="muted">${result.rationale}</p>
${result.abstentions.length > 0 ? html`<div class="alert alert--warn"><strong>Withheld.</strong><ul>${result.abstentions.map((line) => html`<li>${line}</li>`)}</ul></div>` : ''}
${tasksSection(result)}
${serviceSection(result)}
</section>`;
}

export interface PositioningPageOptions {
  values: FormValues;
  result?: PositioningSuggestion | undefined;
  error?: FormError | undefined;
}

/** The form (tasks optional) and, after a run, the suggestion. */
export function positioningPage({ values, result, error }: PositioningPageOptions): Html {
  const body = html`<h1>Positioning</h1>
<p class="lede">From your profile, your proof library and the tasks you sell: an outcome-led headline, a narrower niche, which tasks AI exposes, and one service repackaged around a measurable result. Figures come only from your proof.</p>
<form class="card" method="post" action="/profile/suggest#results">
${formError(error, ['tasks'])}
${textArea({ name: 'tasks', label: 'Tasks you sell (optional)', hint: 'One a line, e.g. "Set up GA4 tracking". Leave blank to use the skills in your profile.', value: values.tasks, error: error?.fields.tasks, rows: 4 })}
<div class="actions"><button type="submit" class="button">Suggest</button> <a href="/profile">Back to the profile</a></div>
</form>
${result ? resultPanel(result) : ''}`;
  return page({ title: 'Positioning', section: 'profile', body });
}
