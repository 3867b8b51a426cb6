/** The triage result: verdict and reasons first, then instructions, red flags, facts and proof. */
import { html } from 'hono/html';
import { budgetText, money } from '../../../domain/budget-text.ts';
import { CRITERION_NAMES, MUST_HAVE_STATUS } from '../../../domain/pursuit.ts';
import type { ClientSignals, Triage } from '../../../domain/schemas.ts';
import type { Html } from './fields.ts';
import { instructionsBox } from './instructions.ts';
import { marketNote } from './market-note.ts';

const EFFECT = { positive: '+', negative: '−', neutral: '·' } as const;
const EXPOSURE = { automatable: 'Automatable', ai_assisted: 'AI-assisted', human_critical: 'Human-critical' } as const;

function clientRows(client: ClientSignals): Array<[string, string]> {
  const rows: Array<[string, string | null]> = [
    ['Payment', client.paymentVerified === null ? null : client.paymentVerified ? 'Verified' : 'Not verified'],
    ['Rating', client.rating === null ? null : `${client.rating} of 5${client.reviews === null ? '' : ` (${client.reviews} reviews)`}`],
    ['Total spent', client.totalSpent === null ? null : money(client.totalSpent, null)],
    ['Hire rate', client.hireRate === null ? null : `${client.hireRate}%`],
    ['Jobs posted', client.jobsPosted === null ? null : String(client.jobsPosted)],
    ['Avg hourly rate paid', client.avgHourlyRate === null ? null : `${money(client.avgHourlyRate, null)}/hr`],
    ['Country', client.country],
    ['Member since', client.memberSince],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null);
}

function definitionList(rows: Array<[string, string]>): Html {
  return html`<dl class="facts">${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

/** Renders a triage result as a panel with its own headings. */
export function triagePanel(result: Triage): Html {
  const { facts } = result;
  const client = clientRows(facts.client);
  const signals: Array<[string, string]> = [
    ['Budget', budgetText(facts.budget)],
    ['Budget fit', result.budgetFit.detail],
    ['Pricing', result.pricingAdvice.detail],
    ['Competition', result.competition.detail],
    ['Freshness', result.freshness.detail],
    ['AI exposure', `${EXPOSURE[result.aiExposure.level]}: ${result.aiExposure.reason}`],
  ];
  if (result.connectsCost) {
    signals.push(['Connects', `${result.connectsCost.connects} (about $${result.connectsCost.dollars.toFixed(2)})`]);
  }
  return html`<section class="panel triage" aria-labelledby="triage-title">
<h2 id="triage-title">Triage: <span class="verdict verdict--${result.verdict}">${result.verdict}</span></h2>
<p class="post-title">${facts.title ?? '(untitled post)'}</p>
<h3>Why</h3>
<ul class="reasons">${result.reasons.map(
    (reason) =>
      html`<li class="reason reason--${reason.effect}"><span class="effect" aria-label="${reason.effect}">${EFFECT[reason.effect]}</span> <span class="reason-text">${reason.text}</span> <code class="signal">${reason.signal}</code></li>`,
  )}</ul>
${instructionsBox(result.instructions, 'triage-instructions-title')}
${
  result.redFlags.length > 0
    ? html`<section class="red-flags" aria-labelledby="red-flags-title"><h3 id="red-flags-title">Red flags</h3><ul>${result.redFlags.map(
        (flag) => html`<li><strong>${flag.message}</strong> <q>${flag.evidence}</q></li>`,
      )}</ul></section>`
    : ''
}
<div class="columns">
<section aria-labelledby="signals-title"><h3 id="signals-title">Signals</h3>${definitionList(signals)}</section>
<section aria-labelledby="client-title"><h3 id="client-title">Client signals</h3>${
    client.length > 0 ? definitionList(client) : html`<p class="muted">The post gives no client details.</p>`
  }</section>
</div>
<section aria-labelledby="deliverable-title"><h3 id="deliverable-title">What the client wants</h3><p class="deliverable">${result.deliverable.summary ?? 'Not stated'} <span class="muted">(${result.deliverable.domainLabel ?? 'kind of work unclear'})</span></p>${marketNote(result.market)}</section>
${
  result.mustHaves.length > 0
    ? html`<section aria-labelledby="must-title"><h3 id="must-title">Must-haves</h3><ul class="must-haves">${result.mustHaves.map(
        (must) =>
          html`<li class="must must--${must.met}"><strong>${must.requirement}</strong> (${must.kind}): ${MUST_HAVE_STATUS[must.met]} <q>${must.evidence}</q></li>`,
      )}</ul></section>`
    : ''
}
<section aria-labelledby="criteria-title"><h3 id="criteria-title">Pursuit criteria</h3><dl class="criteria">${CRITERION_NAMES.map(
    ([key, name]) => html`<dt>${name}</dt><dd><strong>${result.criteria[key].answer}</strong>. ${result.criteria[key].evidence}</dd>`,
  )}</dl></section>
<section aria-labelledby="proof-match-title"><h3 id="proof-match-title">Relevant proof</h3>${
    result.bestProof.length > 0
      ? html`<ol class="matched-proof">${result.bestProof.map(
          (match) =>
            html`<li><a href="/proof/${encodeURIComponent(match.id)}/edit">${match.title}</a> <code>${match.id}</code> <span class="relevance">relevance ${match.relevance.toFixed(2)}</span><br><span class="muted">${match.reasons.join('; ')}</span></li>`,
        )}</ol>`
      : html`<p>No relevant proof: nothing in your library is this kind of work. <a href="/proof">Add proof</a> before you bid.</p>`
  }</section>
${
  result.screeningQuestions.length > 0
    ? html`<section aria-labelledby="screening-title"><h3 id="screening-title">Screening questions</h3><ol>${result.screeningQuestions.map((q) => html`<li>${q}</li>`)}</ol></section>`
    : ''
}
${
  result.clarifyingQuestions.length > 0
    ? html`<section aria-labelledby="clarify-title"><h3 id="clarify-title">Questions to ask the client</h3><ul>${result.clarifyingQuestions.map((q) => html`<li>${q}</li>`)}</ul></section>`
    : ''
}
${
  result.findings.length > 0
    ? html`<details class="triage-findings"><summary>Triage checks (${result.findings.length})</summary><ul>${result.findings.map(
        (finding) => html`<li><span class="rule-id">${finding.ruleId}</span> ${finding.message}</li>`,
      )}</ul></details>`
    : ''
}
</section>`;
}
