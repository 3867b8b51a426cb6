/** The draft history: search, one page of kept drafts, the link to older ones, and the exports. */
import { html } from 'hono/html';
import type { DraftPage, DraftSummary } from '../../../app/list-drafts.ts';
import type { Html } from './fields.ts';
import { textField } from './fields.ts';
import { page } from './layout.ts';

const KIND: Record<DraftSummary['kind'], string> = { proposal: 'Drafted', lint: 'Checked', edited: 'Edited' };

/** "7 Dec 2026, 01:58 UTC": a reader's date, the same on every machine. */
export function readableTime(iso: string): string {
  const at = new Date(iso);
  const day = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${day}, ${at.toISOString().slice(11, 16)} UTC`;
}

/** "no findings", "2 errors, 1 warning". */
export function findingCount(errors: number, warnings: number): string {
  if (errors + warnings === 0) return 'no findings';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}

function draftCard(item: DraftSummary): Html {
  return html`<li class="card draft-card">
<p class="eyebrow">${KIND[item.kind]}${item.version > 1 ? ` · version ${item.version}` : ''} · <time datetime="${item.createdAt}">${readableTime(item.createdAt)}</time></p>
<h2 class="card-title"><a href="/drafts/${encodeURIComponent(item.id)}">${item.postTitle ?? 'Draft without a job post'}</a></h2>
<p class="draft-opening">${item.opening}</p>
<p class="meta">${item.words} words · <span class="${item.errors > 0 ? 'count--error' : ''}">${findingCount(item.errors, item.warnings)}</span>${
    item.engine ? ` · ${item.engine}` : ''
  }</p>
</li>`;
}

export interface DraftsPageOptions {
  result: DraftPage;
  search: string;
  /** The query string that reproduces this page's filters, for the "older" link. */
  filters: URLSearchParams;
  error?: string | undefined;
}

/** The history page. */
export function draftsPage({ result, search, filters, error }: DraftsPageOptions): Html {
  const older = result.next === null ? null : new URLSearchParams([...filters, ['after', result.next]]);
  const exportQuery = (format: string) => new URLSearchParams([...filters, ['format', format]]).toString();
  const empty =
    search === ''
      ? html`<p class="empty">No drafts yet. Every draft you write on the <a href="/">Draft</a> page or check on the <a href="/lint">Lint</a> page is kept here.</p>`
      : html`<p class="empty">No kept draft holds “${search}”. Try fewer or other words.</p>`;
  const body = html`<h1>Drafts</h1>
<p class="lede">Every draft bidwright wrote or checked, newest first. Open one to edit it with the rubric checking as you type, and save the edit as a new version.</p>
<form class="card search-form" method="get" action="/drafts" role="search">
${textField({ name: 'q', label: 'Search your drafts', hint: 'Words from the job title, the deliverable or the draft.', value: search, error })}
<div class="actions"><button type="submit" class="button">Search</button>${search === '' ? '' : html`<a href="/drafts">Show all</a>`}</div>
</form>
${result.items.length === 0 ? empty : html`<ol class="card-list draft-list" id="draft-list">${result.items.map(draftCard)}</ol>`}
<nav class="actions pager" aria-label="More drafts">${older === null ? '' : html`<a class="button button--secondary" href="/drafts?${older.toString()}">Older drafts</a>`}
<span class="muted">Export${search === '' ? '' : ' these'}:</span> <a href="/drafts/export?${exportQuery('csv')}">CSV</a> <a href="/drafts/export?${exportQuery('json')}">JSON</a></nav>`;
  return page({ title: 'Drafts', section: 'drafts', body });
}
