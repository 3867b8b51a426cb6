/** The shortlist page: many posts pasted or uploaded, triaged and ranked, each with a way to draft for it. */
import { html } from 'hono/html';
import type { Shortlist, ShortlistEntry } from '../../../domain/shortlist.ts';
import type { FormValues } from '../form.ts';
import { formError, textArea, type Html } from './fields.ts';
import { page } from './layout.ts';
import { marketNote } from './market-note.ts';
import type { FormError } from './proof-pages.ts';

/** A form that drafts a proposal for the post on the home page, sent by `button`. */
function draftForm(post: string | undefined, button: Html): Html | string {
  return post === undefined
    ? ''
    : html`<form method="post" action="/" class="shortlist-entry__draft"><input type="hidden" name="jobPost" value="${post}">${button}</form>`;
}

/** A post to skip, on one line: verdict, title and reason, with a small link to draft for it anyway. */
function skipItem(entry: ShortlistEntry, post: string | undefined): Html {
  const title = entry.title ?? `Untitled (${entry.source})`;
  return html`<li class="shortlist-entry shortlist-entry--skip shortlist-entry--compact">
<span class="shortlist-entry__rank">${entry.rank}</span> <span class="verdict verdict--skip">skip</span> <strong class="shortlist-entry__title" title="${title}">${title}</strong> <span class="shortlist-entry__reason" title="${entry.reason}">${entry.reason}</span>
${draftForm(post, html`<button type="submit" class="link-button" name="action" value="draft">Draft anyway<span class="visually-hidden">: ${title}</span></button>`)}
</li>`;
}

/** One ranked post: verdict, title, score and reason, and a form that drafts a proposal for it on the home page. */
function entryItem(entry: ShortlistEntry, post: string | undefined): Html {
  if (entry.verdict === 'skip') return skipItem(entry, post);
  return html`<li class="shortlist-entry shortlist-entry--${entry.verdict}">
<div class="shortlist-entry__head"><span class="shortlist-entry__rank">${entry.rank}</span> <span class="verdict verdict--${entry.verdict}">${entry.verdict}</span> <strong class="shortlist-entry__title">${entry.title ?? `Untitled (${entry.source})`}</strong></div>
<p class="shortlist-entry__reason">${entry.reason}</p>
<p class="muted shortlist-entry__meta">${entry.budget} · ${entry.kind ?? 'kind of work unclear'} · score ${entry.score} · ${entry.source}</p>
${marketNote(entry.market)}
${draftForm(post, html`<button type="submit" class="button button--small" name="action" value="draft">Draft a proposal for this post</button>`)}
</li>`;
}

function results(list: Shortlist, posts: readonly string[], exportText: { csv: string; json: string }): Html {
  return html`<section class="panel" id="results" aria-labelledby="shortlist-title">
<h2 id="shortlist-title">${list.summary}</h2>
<p class="muted">Ranked by verdict, then by a score read off each triage: the pursuit criteria (proven work and ability to pay count twice), how relevant your best proof is, the budget against your floor, red flags and unmet must-haves.</p>
<ol class="shortlist">${list.entries.map((entry) => entryItem(entry, posts[entry.index - 1]))}</ol>
${
  list.refused.length > 0
    ? html`<h3>Not triaged</h3><ul>${list.refused.map((refusal) => html`<li><strong>${refusal.source}</strong>: ${refusal.message}</li>`)}</ul>`
    : ''
}
${list.counts.empty > 0 ? html`<p class="muted">${list.counts.empty} empty post${list.counts.empty === 1 ? '' : 's'} skipped.</p>` : ''}
<p class="shortlist-export">Export: <a download="shortlist.csv" href="data:text/csv;charset=utf-8,${encodeURIComponent(exportText.csv)}">CSV</a> · <a download="shortlist.json" href="data:application/json;charset=utf-8,${encodeURIComponent(exportText.json)}">JSON</a></p>
</section>`;
}

export interface ShortlistPageOptions {
  values: FormValues;
  result?: { list: Shortlist; posts: readonly string[]; exportText: { csv: string; json: string } } | undefined;
  error?: FormError | undefined;
}

/** The form (paste with --- between posts, or a file) and, after a run, the ranked list. */
export function shortlistPage({ values, result, error }: ShortlistPageOptions): Html {
  const body = html`<h1>Shortlist</h1>
<p class="lede">Paste several job posts with a line of <code>---</code> between them, or choose a file (posts separated by <code>---</code>, JSON lines, or CSV with a text column). Each is triaged and ranked, so you pursue fewer, better jobs.</p>
<form class="card" method="post" action="/shortlist#results" enctype="multipart/form-data">
${formError(error, ['posts', 'file'])}
${textArea({ name: 'posts', label: 'Job posts, separated by a line of ---', value: values.posts, error: error?.fields.posts, rows: 12 })}
<div class="field${error?.fields.file ? ' has-error' : ''}"><label for="file">Or choose a file</label>${error?.fields.file ? html`<p class="field-error" id="file-error">${error.fields.file}</p>` : ''}<input type="file" id="file" name="file" accept=".txt,.jsonl,.ndjson,.csv,text/plain,text/csv"></div>
<div class="actions"><button type="submit" class="button">Triage and rank</button></div>
</form>
${result ? results(result.list, result.posts, result.exportText) : ''}`;
  return page({ title: 'Shortlist', section: 'shortlist', body });
}
