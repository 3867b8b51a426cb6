/** Offer rewrite: a task-shaped offer in, an outcome-led offer out. */
import { html } from 'hono/html';
import type { Offer } from '../../../domain/schemas.ts';
import type { FormValues } from '../form.ts';
import { formError, textArea, type Html } from './fields.ts';
import { findingsList } from './findings.ts';
import { page } from './layout.ts';
import type { FormError } from './proof-pages.ts';

const LEVERS = { revenue: 'More revenue', cost: 'Lower cost', risk: 'Lower risk', speed: 'More speed', judgment: 'Scarce judgment' } as const;

function list(title: string, items: string[]): Html {
  if (items.length === 0) return html``;
  return html`<section><h3>${title}</h3><ul>${items.map((item) => html`<li>${item}</li>`)}</ul></section>`;
}

function offerPanel(offer: Offer): Html {
  return html`<section class="panel offer" id="results" aria-labelledby="offer-title">
<p class="eyebrow">Outcome-led offer</p>
<h2 id="offer-title">${offer.headline}</h2>
<dl class="facts">
<div><dt>Buyer</dt><dd>${offer.buyer}</dd></div>
<div><dt>Expensive problem</dt><dd>${offer.problem}</dd></div>
<div><dt>Before</dt><dd>${offer.before}</dd></div>
<div><dt>After</dt><dd>${offer.after}</dd></div>
<div><dt>Measurable outcome</dt><dd>${offer.outcome}</dd></div>
<div><dt>Value levers</dt><dd>${offer.valueLevers.map((lever) => LEVERS[lever]).join(', ')}</dd></div>
</dl>
<div class="columns columns--pairs">
${list('Deliverables', offer.deliverables)}
${list('Acceptance criteria', offer.acceptanceCriteria)}
${list('Included', offer.inclusions)}
${list('Not included', offer.exclusions)}
</div>
<p>${offer.proof.length > 0 ? html`Backed by proof: ${offer.proof.map((id, index) => html`${index > 0 ? ', ' : ''}<code>${id}</code>`)}` : 'No proof in your library backs this offer yet.'}</p>
<section aria-labelledby="offer-findings-title"><h3 id="offer-findings-title">Rubric findings</h3>${findingsList(offer.findings, 'offer-findings')}</section>
</section>`;
}

export interface OfferPageOptions {
  values: FormValues;
  offer?: Offer | undefined;
  error?: FormError | undefined;
}

/** The offer form and, after a rewrite, the result. */
export function offerPage({ values, offer, error }: OfferPageOptions): Html {
  const body = html`<h1>Rewrite an offer</h1>
<p class="lede">Describe a service the way you sell it today, e.g. "Write 10 blog posts". You get it back framed around the business outcome a buyer pays for.</p>
<form class="card" method="post" action="/offers#results">
${formError(error, ['offer'])}
${textArea({ name: 'offer', label: 'Your offer', value: values.offer, error: error?.fields.offer, required: true, rows: 3 })}
<div class="actions"><button type="submit" class="button">Rewrite</button></div>
</form>
${offer ? offerPanel(offer) : ''}`;
  return page({ title: 'Rewrite an offer', section: 'offers', body });
}
