/**
 * /pipeline: the 30-day reality test. The diagnosis first, in plain words; the funnel as a chart
 * and as numbers; Connects and objections; the breakdowns as narrow tables that read on a phone;
 * a form to record what happened to a proposal (and one to add a proposal sent by hand); the
 * proposals tracked lately; the exports.
 */
import { html } from 'hono/html';
import type { BreakdownName, BreakdownRow, Funnel, Rate } from '../../../domain/funnel-report.ts';
import { BREAKDOWN_LABEL, DIAGNOSIS_LABEL, describeCost, percentOf, STAGE_LABEL } from '../../../domain/funnel-words.ts';
import type { TrackedProposalStatus } from '../../../domain/pipeline.ts';
import type { FormValues } from '../form.ts';
import { formError, notice, selectField, textField, type Html } from './fields.ts';
import { funnelChart } from './funnel-chart.ts';
import { page } from './layout.ts';

export interface PipelinePageOptions {
  funnel: Funnel;
  /** Below this many cases a rate is marked as a small sample (the thresholds' smallSample). */
  smallSample: number;
  /** The proposals tracked lately, newest first (the event form offers these). */
  recent: readonly TrackedProposalStatus[];
  /** Each proof item's title by id, so the proof breakdown names items as the library does. */
  proofTitles?: ReadonlyMap<string, string>;
  message?: string | undefined;
  error?: string | undefined;
  values?: FormValues;
}

const DAY_CHOICES = [7, 14, 30, 60, 90];
/** The "Tracked lately" table stays short on a phone; the event form offers every recent proposal. */
const RECENT_ROWS = 20;

/** "50% (6 of 12)*" in a table cell, breaking only between the share and its counts; * marks a small sample. */
function rateCell(rate: Rate): Html {
  const star = rate.small && rate.of > 0 ? '*' : '';
  return html`<span class="nowrap">${rate.value === null ? 'no rate' : percentOf(rate.value)}</span> <span class="muted nowrap">(${rate.count} of ${rate.of})${star}</span>`;
}

function smallNote(smallSample: number): Html {
  return html`<p class="hint">* Fewer than ${smallSample} cases behind the rate: a small sample, so read it as a hint.</p>`;
}
const EVENT_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['viewed', 'Viewed'],
  ['replied', 'Replied'],
  ['interview', 'Interview'],
  ['hired', 'Hired'],
  ['declined', 'Declined'],
  ['no_response', 'No response'],
];

function diagnosisPanel(funnel: Funnel): Html {
  const { code, message } = funnel.diagnosis;
  const tone = code === 'healthy' ? 'ok' : code === 'insufficient-data' ? 'warn' : 'error';
  return html`<section class="panel diagnosis diagnosis--${tone}" aria-labelledby="diagnosis-title" data-code="${code}">
<h2 id="diagnosis-title">${DIAGNOSIS_LABEL[code]}</h2>
<p>${message}</p>
</section>`;
}

function stagesTable(funnel: Funnel): Html {
  return html`<table class="compact-table"><caption class="visually-hidden">The funnel's numbers</caption>
<thead><tr><th scope="col">Stage</th><th scope="col">Count</th><th scope="col">From the stage before</th></tr></thead>
<tbody>${funnel.stages.map(
    (stage) =>
      html`<tr><th scope="row">${STAGE_LABEL[stage.stage]}</th><td>${stage.count}</td><td>${stage.fromPrevious === null ? '' : rateCell(stage.fromPrevious)}</td></tr>`,
  )}</tbody></table>`;
}

/** A breakdown row's name: a proof item's title with its id muted beside it (the id alone once the item is gone). */
function rowName(name: BreakdownName, key: string, proofTitles: ReadonlyMap<string, string>): Html | string {
  const title = name === 'proof' ? proofTitles.get(key) : undefined;
  return title === undefined ? key : html`${title} <span class="muted">(${key})</span>`;
}

function breakdownTable(name: BreakdownName, rows: readonly BreakdownRow[], proofTitles: ReadonlyMap<string, string>): Html {
  return html`<div class="breakdown"><h3>${BREAKDOWN_LABEL[name]}</h3>
<table class="compact-table"><thead><tr><th scope="col">${name === 'proof' ? 'Proof item' : name === 'rubric' ? 'Rubric' : name[0]?.toUpperCase() + name.slice(1)}</th><th scope="col">Sent</th><th scope="col">Replied</th><th scope="col">Hired</th></tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr><th scope="row">${rowName(name, row.key, proofTitles)}</th><td>${row.sent}</td><td>${rateCell(row.replied)}</td><td>${rateCell(row.hired)}</td></tr>`,
  )}</tbody></table></div>`;
}

function eventForm(recent: readonly TrackedProposalStatus[], values: FormValues): Html {
  if (recent.length === 0) return html`<p class="muted">No proposals tracked yet. Press "Mark as sent" under a draft, or add one below.</p>`;
  const choices = recent.map((item) => [item.id, `${item.jobTitle} (sent ${item.sentAt.slice(0, 10)}, ${item.stage})`] as const);
  return html`<form class="card" method="post" action="/pipeline/events">
<h3>Record what happened</h3>
${selectField({ name: 'proposalId', label: 'Proposal', options: choices, value: values.proposalId })}
${selectField({ name: 'type', label: 'What happened', options: EVENT_TYPES, value: values.type })}
<div class="field"><label for="day">On</label><p class="hint" id="day-hint">Leave empty for now.</p><input type="date" id="day" name="day" aria-describedby="day-hint" value="${values.day ?? ''}"></div>
${textField({ name: 'objection', label: 'Objection (optional)', hint: 'What the client pushed back on: price, timeline, trust ...', value: values.objection })}
${textField({ name: 'note', label: 'Note (optional)', value: values.note })}
<button type="submit" class="button">Record</button>
</form>`;
}

function addForm(values: FormValues): Html {
  return html`<details class="card"><summary>Add a proposal you sent without a draft here</summary>
<form method="post" action="/pipeline/proposals">
${textField({ name: 'jobTitle', label: 'Job title', required: true, value: values.jobTitle })}
${textField({ name: 'offer', label: 'Offer (optional)', value: values.offer })}
${textField({ name: 'connects', label: 'Connects spent (optional)', type: 'number', inputmode: 'numeric', value: values.connects })}
<button type="submit" class="button button--secondary">Add as sent now</button>
</form></details>`;
}

function recentTable(recent: readonly TrackedProposalStatus[]): Html {
  if (recent.length === 0) return html``;
  return html`<section class="panel" aria-labelledby="recent-title"><h2 id="recent-title">Tracked lately</h2>
<table class="compact-table"><thead><tr><th scope="col">Sent</th><th scope="col">Job</th><th scope="col">Stage</th></tr></thead>
<tbody>${recent
    .slice(0, RECENT_ROWS)
    .map(
      (item) =>
        html`<tr><td class="nowrap">${item.sentAt.slice(0, 10)}</td><td>${item.jobTitle}</td><td>${STAGE_LABEL[item.stage]}${item.closed === null ? '' : ` (${item.closed.replace('_', ' ')})`}</td></tr>`,
    )}</tbody></table></section>`;
}

/** The page. */
export function pipelinePage({ funnel, smallSample, recent, proofTitles = new Map(), message, error, values = {} }: PipelinePageOptions): Html {
  const { connects } = funnel;
  const body = html`<h1>Pipeline</h1>
<p class="lede">The 30-day reality test: what happened to the proposals you sent, and which step needs work.</p>
${notice(message)}${formError(error)}
${diagnosisPanel(funnel)}
<section class="panel" aria-labelledby="funnel-title">
<h2 id="funnel-title">Funnel</h2>
<form method="get" action="/pipeline" class="inline-form"><label for="days">Days</label>
<select id="days" name="days">${DAY_CHOICES.map((days) => html`<option value="${days}"${days === funnel.days ? html` selected` : ''}>Last ${days} days</option>`)}</select>
<button type="submit" class="button button--small button--secondary">Show</button></form>
<div class="funnel-grid"><div>${funnelChart(funnel)}</div><div>${stagesTable(funnel)}
<p class="muted">${funnel.declined} declined, ${funnel.noResponse} with no response.</p>${smallNote(smallSample)}</div></div>
</section>
<section class="panel" aria-labelledby="connects-title">
<h2 id="connects-title">Connects and objections</h2>
<p>${connects.spent} Connects spent on ${connects.recorded} proposal(s) that recorded them.</p>
<ul class="plain-list"><li>Per reply: ${describeCost(connects.perReply)}</li><li>Per hire: ${describeCost(connects.perHire)}</li></ul>
${funnel.objections.length === 0 ? html`<p class="muted">No objections recorded.</p>` : html`<ol class="objections">${funnel.objections.map((objection) => html`<li>${objection.text} <span class="muted">(${objection.count})</span></li>`)}</ol>`}
</section>
<section class="panel" aria-labelledby="breakdowns-title">
<h2 id="breakdowns-title">Breakdowns</h2>
${
  funnel.sent === 0
    ? html`<p class="muted">Breakdowns appear once proposals are tracked.</p>`
    : html`<div class="breakdowns">${(Object.keys(BREAKDOWN_LABEL) as BreakdownName[]).map((name) => breakdownTable(name, funnel.breakdowns[name], proofTitles))}</div>${smallNote(smallSample)}`
}
</section>
${eventForm(recent, values)}
${addForm(values)}
${recentTable(recent)}
<p class="muted">Export every tracked proposal: <a href="/pipeline/export.csv">CSV</a> · <a href="/pipeline/export.json">JSON</a></p>`;
  return page({ title: 'Pipeline', section: 'pipeline', body });
}
