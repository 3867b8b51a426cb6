/** The market context as a small note: what the data says about the kind of work, each with its source. */
import { html } from 'hono/html';
import type { MarketContext } from '../../../domain/schemas.ts';
import type { Html } from './fields.ts';

/** The note, or '' when the kind of work is unknown (nothing is shown then). */
export function marketNote(market: MarketContext | null | undefined, heading = true): Html | string {
  if (!market) return '';
  return html`<aside class="market-note">${heading ? html`<p class="market-note__title">Market context for ${market.kindLabel} <span class="muted">(context, not part of the verdict)</span></p>` : ''}<ul>${market.facts.map(
    (fact) => html`<li><span class="market-note__${fact.direction}">${fact.text}</span> <span class="muted">Source: ${fact.source}.</span></li>`,
  )}</ul></aside>`;
}
