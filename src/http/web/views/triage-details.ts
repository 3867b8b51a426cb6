/**
 * The triage's supporting detail, said once: a signal the "Why" list already cites drops its row
 * here, and a criterion's evidence keeps only the sentences the reasons did not already say. It
 * sits in a closed disclosure, so the verdict and its reasons stay short beside the draft.
 */
import { html } from 'hono/html';
import { budgetText, money } from '../../../domain/budget-text.ts';
import { CRITERION_NAMES } from '../../../domain/pursuit.ts';
import type { ClientSignals, Triage } from '../../../domain/schemas.ts';
import { sentences } from '../../../text/text.ts';
import type { Html } from './fields.ts';
import { ruleName } from './rule-name.ts';

const EXPOSURE = { automatable: 'Automatable', ai_assisted: 'AI-assisted', human_critical: 'Human-critical' } as const;

/** A row of facts: the signal a reason would cite for it, its name and its value (null: not stated). */
type Row = readonly [signal: string, term: string, value: string | null];

function clientRows(client: ClientSignals): Row[] {
  return [
    ['client.paymentVerified', 'Payment', client.paymentVerified === null ? null : client.paymentVerified ? 'Verified' : 'Not verified'],
    ['client.rating', 'Rating', client.rating === null ? null : `${client.rating} of 5${client.reviews === null ? '' : ` (${client.reviews} reviews)`}`],
    ['client.totalSpent', 'Total spent', client.totalSpent === null ? null : money(client.totalSpent, null)],
    ['client.hireRate', 'Hire rate', client.hireRate === null ? null : `${client.hireRate}%`],
    ['client.hireRate', 'Jobs posted', client.jobsPosted === null ? null : String(client.jobsPosted)],
    ['client.avgHourlyRate', 'Avg hourly rate paid', client.avgHourlyRate === null ? null : `${money(client.avgHourlyRate, null)}/hr`],
    ['client.country', 'Country', client.country],
    ['client.memberSince', 'Member since', client.memberSince],
  ];
}

function signalRows(result: Triage): Row[] {
  const cost = result.connectsCost;
  return [
    ['budget', 'Budget', budgetText(result.facts.budget)],
    ['budget', 'Budget fit', result.budgetFit.detail],
    ['pricing', 'Pricing', result.pricingAdvice.detail],
    ['competition', 'Competition', result.competition.detail],
    ['freshness', 'Freshness', result.freshness.detail],
    ['aiExposure', 'AI exposure', `${EXPOSURE[result.aiExposure.level]}: ${result.aiExposure.reason}`],
    ['connects', 'Connects', cost ? `${cost.connects} (about $${cost.dollars.toFixed(2)})` : null],
  ];
}

/** The rows with a value that no reason already cites. */
function unsaid(rows: Row[], cited: ReadonlySet<string>): Array<[string, string]> {
  return rows.flatMap(([signal, term, value]) => (value === null || cited.has(signal) ? [] : [[term, value] as [string, string]]));
}

function definitionList(rows: Array<[string, string]>): Html {
  return html`<dl class="facts">${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

/** A sentence as compared: case and spacing aside. */
const key = (sentence: string) => sentence.toLowerCase().replace(/\s+/g, ' ');

/** Renders the disclosure with signals, client details, pursuit criteria and the triage's own checks. */
export function triageDetails(result: Triage): Html {
  const cited = new Set(result.reasons.map((reason) => reason.signal));
  const said = new Set(result.reasons.flatMap((reason) => sentences(reason.text).map(key)));
  const signals = unsaid(signalRows(result), cited);
  const client = unsaid(clientRows(result.facts.client), cited);
  const knownClient = clientRows(result.facts.client).some(([, , value]) => value !== null);
  const evidence = (text: string) =>
    sentences(text)
      .filter((sentence) => !said.has(key(sentence)))
      .join(' ');
  return html`<details class="triage-more">
<summary>More on this post: signals, client and the five pursuit criteria</summary>
${signals.length > 0 ? html`<section aria-labelledby="signals-title"><h3 id="signals-title">Other signals</h3>${definitionList(signals)}</section>` : ''}
<section aria-labelledby="client-title"><h3 id="client-title">Client</h3>${
    client.length > 0
      ? definitionList(client)
      : html`<p class="muted">${knownClient ? 'All the client details are under Why.' : 'The post gives no client details.'}</p>`
  }</section>
<section aria-labelledby="criteria-title"><h3 id="criteria-title">Pursuit criteria</h3><dl class="criteria">${CRITERION_NAMES.map(([name, label]) => {
    const rest = evidence(result.criteria[name].evidence);
    return html`<dt>${label}</dt><dd><strong>${result.criteria[name].answer}</strong>${rest ? html`. ${rest}` : ''}</dd>`;
  })}</dl></section>
${
  result.findings.length > 0
    ? html`<section aria-labelledby="checks-title"><h3 id="checks-title">Triage checks (${result.findings.length})</h3><ul class="triage-findings">${result.findings.map(
        (finding) => html`<li>${ruleName(finding.ruleId)}: ${finding.message}</li>`,
      )}</ul></section>`
    : ''
}
</details>`;
}
