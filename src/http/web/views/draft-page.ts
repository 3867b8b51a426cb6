/**
 * One kept draft: its text in an editor that marks each finding where it applies (a backdrop of
 * the same text, with marks, behind a transparent textarea), the findings beside it, what it was
 * written with, and its versions. Without JavaScript, "Check again" posts the form and the page
 * comes back marked; assets/draft-editor.js re-checks as the user types.
 */
import { html } from 'hono/html';
import type { DraftDetail } from '../../../app/show-draft.ts';
import type { Finding } from '../../../domain/schemas.ts';
import { allRules, getRule } from '../../../rubric/registry.ts';
import { placeMarks, segments } from './draft-marks.ts';
import { findingCount, readableTime } from './drafts-page.ts';
import { formError, type Html } from './fields.ts';
import { page } from './layout.ts';
import { markAsSentForm } from './mark-as-sent.ts';
import type { FormError } from './proof-pages.ts';

/** "P16 · No AI-tell vocabulary": the id with the rule's name. */
function ruleName(ruleId: string): string {
  const title = getRule(ruleId)?.title;
  return title === undefined ? ruleId : `${ruleId} · ${title}`;
}

function findingItem(finding: Finding, marked: boolean): Html {
  return html`<li class="finding finding--${finding.severity}" data-rule="${finding.ruleId}">
<p class="finding-head"><span class="badge badge--${finding.severity}">${finding.severity === 'error' ? 'error' : 'warning'}</span> <span class="rule-name">${ruleName(finding.ruleId)}</span></p>
<p class="finding-message">${finding.message}</p>${
    finding.evidence && !marked ? html`<p class="finding-evidence"><span class="label">Evidence:</span> <q>${finding.evidence}</q></p>` : ''
  }
</li>`;
}

type Placed = ReturnType<typeof placeMarks>;

/** The findings: those marked in the text, then those about the draft as a whole. */
function findingsPanel(findings: readonly Finding[], { marks, beside }: Placed): Html {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return html`<p class="findings-summary" id="editor-summary" aria-live="polite">${
    findings.length === 0 ? 'No findings: every rule passed.' : `${findingCount(errors, findings.length - errors)}.`
  }</p>
<h3 id="marked-title"${marks.length === 0 ? html` hidden` : ''}>Marked in the draft</h3>
<ul class="finding-list" id="marked-findings">${marks.map((mark) => findingItem(mark.finding, true))}</ul>
<h3 id="beside-title"${beside.length === 0 ? html` hidden` : ''}>About the whole draft</h3>
<ul class="finding-list" id="beside-findings">${beside.map((finding) => findingItem(finding, false))}</ul>`;
}

/** The text behind the textarea, with a mark under each finding's evidence. */
function backdrop(text: string, { marks }: Placed): Html {
  const runs = segments(text, marks);
  // A final newline needs something after it, or the backdrop is a line shorter than the textarea.
  return html`<div class="editor-backdrop" id="editor-backdrop" aria-hidden="true">${runs.map((run) =>
    run.finding === null ? run.text : html`<mark class="mark mark--${run.finding.severity}" data-rule="${run.finding.ruleId}">${run.text}</mark>`,
  )} </div>`;
}

function settings(draft: DraftDetail['draft']): string {
  const parts = [draft.engine, draft.model, draft.tone, draft.length, draft.variant === null ? null : `variant ${draft.variant}`];
  return parts.filter((part) => part !== null && part !== undefined).join(', ');
}

function versionList({ draft, versions }: DraftDetail): Html {
  if (versions.length < 2) return html``;
  return html`<section class="card" aria-labelledby="versions-title"><h2 id="versions-title">Versions</h2>
<ol class="version-list" id="version-list">${versions.map(
    (version) =>
      html`<li>${version.id === draft.id ? html`<strong aria-current="page">Version ${version.version}</strong>` : html`<a href="/drafts/${encodeURIComponent(version.id)}">Version ${version.version}</a>`} · ${readableTime(version.createdAt)} · ${findingCount(version.errors, version.warnings)}</li>`,
  )}</ol></section>`;
}

export interface DraftPageOptions {
  detail: DraftDetail;
  /** The text in the editor: the kept draft's, or the user's edit after "Check again". */
  text: string;
  findings: readonly Finding[];
  /** A note above the editor, e.g. after saving a version. */
  notice?: string | undefined;
  error?: FormError | undefined;
}

/** The draft page. */
export function draftPage({ detail, text, findings, notice, error }: DraftPageOptions): Html {
  const { draft } = detail;
  const placed = placeMarks(text, findings);
  const rows = Math.max(8, text.split('\n').length + Math.ceil(text.length / 70));
  // The script names findings a live check brings, so it gets every proposal rule's name.
  const names = Object.fromEntries(allRules().flatMap((rule) => (rule.target === 'proposal' ? [[rule.id, ruleName(rule.id)]] : [])));
  const body = html`<p class="eyebrow"><a href="/drafts">Drafts</a> · version ${draft.version} · ${readableTime(draft.createdAt)}</p>
<h1>${draft.postTitle ?? 'Draft without a job post'}</h1>
<dl class="draft-meta">${draft.deliverable ? html`<div><dt>Deliverable</dt><dd>${draft.deliverable}</dd></div>` : ''}${
    settings(draft)
      ? html`<div><dt>Written with</dt><dd>${settings(draft)}</dd></div>`
      : html`<div><dt>Written by</dt><dd>you (checked with lint or edited)</dd></div>`
  }${draft.jobPost === null ? html`<div><dt>Checked against</dt><dd>no job post: rules about the post are skipped</dd></div>` : ''}</dl>
${notice ? html`<p class="alert alert--ok" role="status">${notice}</p>` : ''}
<div class="editor-grid">
<form class="card editor-card" method="post" action="/drafts/${encodeURIComponent(draft.id)}" id="draft-editor" data-draft-id="${draft.id}" data-rule-names="${JSON.stringify(names)}" data-findings="${JSON.stringify(findings)}">
${formError(error)}
<label for="draft-text" class="editor-label">Your draft <span class="hint">(edit it here; findings are marked as you type)</span></label>
<div class="editor">
${backdrop(text, placed)}
<textarea id="draft-text" name="text" rows="${rows}" spellcheck="true"${error?.fields.text ? html` aria-invalid="true"` : ''}>
${text}</textarea>
</div>
<p class="muted editor-status" id="editor-status" aria-live="polite"></p>
<div class="actions"><button type="submit" name="action" value="check" class="button button--secondary" id="recheck">Check again</button><button type="submit" name="action" value="save" class="button" id="save-version">Save as new version</button></div>
</form>
<section class="card editor-findings" aria-labelledby="findings-title"><h2 id="findings-title">Findings</h2>${findingsPanel(findings, placed)}</section>
</div>
${markAsSentForm({ draftId: draft.id, jobTitle: draft.postTitle ?? 'Untitled job', tone: draft.tone, proofIds: draft.citations })}
${versionList(detail)}`;
  return page({ title: draft.postTitle ?? 'Draft', section: 'drafts', body });
}
