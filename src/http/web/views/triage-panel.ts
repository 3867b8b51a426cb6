/**
 * The triage result, compact enough to sit beside the draft: verdict and reasons first, then what
 * needs the user's eye (instructions, red flags, the deliverable, must-haves, relevant proof,
 * questions to ask), and the supporting detail folded away (triage-details.ts). Screening
 * questions are not listed here: the proposal panel shows each one with its answer.
 */
import { html } from 'hono/html';
import { MUST_HAVE_STATUS } from '../../../domain/pursuit.ts';
import type { Triage } from '../../../domain/schemas.ts';
import type { Html } from './fields.ts';
import { instructionsBox } from './instructions.ts';
import { marketNote } from './market-note.ts';
import { triageDetails } from './triage-details.ts';

const EFFECT = { positive: '+', negative: '−', neutral: '·' } as const;

/** Renders a triage result as a panel with its own headings. */
export function triagePanel(result: Triage): Html {
  const { facts } = result;
  return html`<section class="panel triage" aria-labelledby="triage-title">
<h2 id="triage-title">Triage: <span class="verdict verdict--${result.verdict}">${result.verdict}</span></h2>
<p class="post-title">${facts.title ?? '(untitled post)'}</p>
<h3>Why</h3>
<ul class="reasons">${result.reasons.map(
    (reason) =>
      html`<li class="reason reason--${reason.effect}"><span class="effect" aria-label="${reason.effect}">${EFFECT[reason.effect]}</span> <span class="reason-text">${reason.text}</span></li>`,
  )}</ul>
${instructionsBox(result.instructions, 'triage-instructions-title')}
${
  result.redFlags.length > 0
    ? html`<section class="red-flags" aria-labelledby="red-flags-title"><h3 id="red-flags-title">Red flags</h3><ul>${result.redFlags.map(
        (flag) => html`<li><strong>${flag.message}</strong> <q>${flag.evidence}</q></li>`,
      )}</ul></section>`
    : ''
}
<section aria-labelledby="deliverable-title"><h3 id="deliverable-title">What the client wants</h3><p class="deliverable">${result.deliverable.summary ?? 'Not stated'} <span class="muted">(${result.deliverable.domainLabel ?? 'kind of work unclear'})</span></p>${marketNote(result.market)}</section>
${
  result.mustHaves.length > 0
    ? html`<section aria-labelledby="must-title"><h3 id="must-title">Must-haves</h3><ul class="must-haves">${result.mustHaves.map(
        (must) =>
          html`<li class="must must--${must.met}"><strong>${must.requirement}</strong> (${must.kind}): ${MUST_HAVE_STATUS[must.met]} <q>${must.evidence}</q></li>`,
      )}</ul></section>`
    : ''
}
<section aria-labelledby="proof-match-title"><h3 id="proof-match-title">Relevant proof</h3>${
    result.bestProof.length > 0
      ? html`<ol class="matched-proof">${result.bestProof.map(
          (match) =>
            html`<li><a href="/proof/${encodeURIComponent(match.id)}/edit">${match.title}</a> <span class="relevance">relevance ${match.relevance.toFixed(2)}</span><br><span class="muted">${match.reasons.join('; ')}</span></li>`,
        )}</ol>`
      : html`<p>Nothing in your library is this kind of work. <a href="/proof">Add proof</a> before you bid.</p>`
  }</section>
${
  result.clarifyingQuestions.length > 0
    ? html`<section aria-labelledby="clarify-title"><h3 id="clarify-title">Questions to ask the client</h3><ul>${result.clarifyingQuestions.map((q) => html`<li>${q}</li>`)}</ul></section>`
    : ''
}
${triageDetails(result)}
</section>`;
}
