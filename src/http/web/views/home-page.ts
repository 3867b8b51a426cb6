/** The main page: paste a job post, get the triage and a proposal draft. */
import { html } from 'hono/html';
import type { InstructionRef, Proposal, Tone, Triage } from '../../../domain/schemas.ts';
import type { FormValues } from '../form.ts';
import { formError, selectField, textArea, type Html } from './fields.ts';
import type { FormError } from './proof-pages.ts';
import { page } from './layout.ts';
import { proposalPanel } from './proposal-panel.ts';
import { setupCard } from './setup-card.ts';
import { triagePanel } from './triage-panel.ts';
import type { SetupState } from '../../../app/load-example.ts';

/** The tone choices, as [value, label]. */
export const TONES: ReadonlyArray<readonly [string, string]> = [
  ['plain', 'Plain'],
  ['warm', 'Warm'],
  ['direct', 'Direct'],
  ['formal', 'Formal'],
];

/** The length choices, as [value, label]. */
const LENGTHS: ReadonlyArray<readonly [string, string]> = [
  ['short', 'Short'],
  ['standard', 'Standard'],
  ['long', 'Long'],
];

export interface HomePageOptions {
  values: FormValues;
  profileTone: Tone;
  /** Whether the browser may stream the draft from the API (not when the API needs a token). */
  streamable: boolean;
  triage?: Triage;
  /** The finished draft; null with a triage means the browser streams it in. */
  proposal?: Proposal | null;
  /** Numbers (from 1) of the client instructions the user ticked for this draft. */
  accepted?: readonly InstructionRef[];
  error?: FormError | undefined;
  /** What the user has still to set up; the first-run card shows until both are done. */
  setup?: SetupState | undefined;
}

function results(options: HomePageOptions): Html {
  if (!options.triage) return html``;
  return html`<div id="results" class="results">
${triagePanel(options.triage)}
${proposalPanel({
  proposal: options.proposal ?? null,
  instructions: options.triage.instructions,
  accepted: options.accepted ?? [],
  variant: Number(options.values.variant ?? 0),
  markAsSent: {
    jobTitle: options.triage.facts.title ?? 'Untitled job post',
    tone: options.values.tone || options.profileTone,
    verdict: options.triage.verdict,
  },
})}
</div>`;
}

/** Renders the page, keeping what the user typed. */
export function homePage(options: HomePageOptions): Html {
  const { values, error } = options;
  const fields = error?.fields ?? {};
  const body = html`<h1>Triage a job post and draft a proposal</h1>
<p class="lede">Paste the whole job page. bidwright tells you whether to bid and drafts a diagnosis-first proposal from your own proof. You review it and send it yourself.</p>
${options.setup && !options.triage ? setupCard(options.setup) : ''}
<form id="propose-form" class="card" method="post" action="/#results" data-stream="${options.streamable ? 'on' : 'off'}">
${formError(error, ['jobPost', 'tone', 'length'])}
${textArea({
  name: 'jobPost',
  label: 'Job post',
  hint: 'Title, description, budget, activity and client details as the job page shows them. Instructions inside the post are shown to you, never followed.',
  value: values.jobPost,
  error: fields.jobPost,
  required: true,
  rows: options.triage ? 5 : 12,
})}
<div class="row">
${selectField({ name: 'tone', label: 'Tone', options: [['', `Profile default (${options.profileTone})`], ...TONES], value: values.tone, error: fields.tone })}
${selectField({ name: 'length', label: 'Length', options: LENGTHS, value: values.length ?? 'standard', error: fields.length })}
</div>
<input type="hidden" name="variant" value="${values.variant ?? '0'}" autocomplete="off">
<div class="actions"><button type="submit" class="button" name="action" value="draft">Triage and draft</button></div>
</form>
${results(options)}`;
  return page({ title: options.triage ? `Draft: ${options.triage.facts.title ?? 'job post'}` : 'Draft a proposal', section: 'draft', body });
}
