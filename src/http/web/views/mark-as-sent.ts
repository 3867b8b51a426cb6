/**
 * "Mark as sent": one button that tracks a draft in the pipeline (its id, the job title, tone,
 * verdict and the proof it cites) and then shows /pipeline. Any page showing a stored draft can
 * use it; with no draft id yet (a draft still streaming) the form is hidden and the page's script
 * fills the id and citations in and shows it when the draft is done.
 */
import { html } from 'hono/html';
import type { Html } from './fields.ts';

export interface MarkAsSentOptions {
  /** The stored draft's id, or null while it is still being written. */
  draftId: string | null;
  jobTitle: string;
  tone: string | null;
  /** The proof ids the draft cites. */
  proofIds: readonly string[];
  /** The triage verdict the person saw for this job, when the page has one. */
  verdict?: string | null;
}

/** The form; it posts to /pipeline/proposals and works without JavaScript. */
export function markAsSentForm({ draftId, jobTitle, tone, proofIds, verdict = null }: MarkAsSentOptions): Html {
  return html`<form class="mark-sent" id="mark-sent" method="post" action="/pipeline/proposals"${draftId === null ? html` hidden` : ''}>
<input type="hidden" name="draftId" value="${draftId ?? ''}">
<input type="hidden" name="jobTitle" value="${jobTitle}">
<input type="hidden" name="tone" value="${tone ?? ''}">
<input type="hidden" name="proofIds" value="${proofIds.join(',')}">
<input type="hidden" name="verdict" value="${verdict ?? ''}">
<button type="submit" class="button button--secondary">Mark as sent</button>
<span class="hint">Once you have sent it on the marketplace: tracks it in your pipeline, sent now.</span>
</form>`;
}
