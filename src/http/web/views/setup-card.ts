/**
 * First-run guidance: what to set up before the first draft, each step linked, and the example
 * freelancer one click away. Shown while the profile is blank or the library is empty.
 */
import { html } from 'hono/html';
import type { SetupState } from '../../../app/load-example.ts';
import type { Html } from './fields.ts';

function step(done: boolean, todo: Html, finished: string): Html {
  return done ? html`<li class="muted">Done: ${finished}</li>` : html`<li>${todo}</li>`;
}

/** The card, or nothing once both the profile and the library hold something. */
export function setupCard(state: SetupState): Html {
  if (!state.profile && !state.proof) return html``;
  const which = state.profile && state.proof ? 'profile and proof library' : state.profile ? 'profile' : 'proof library';
  return html`<section class="card setup" aria-labelledby="setup-title">
<h2 id="setup-title">Set up before your first draft</h2>
<ol>
${step(
  !state.profile,
  html`<a href="/profile">Fill in your profile</a>: your rate floor, skills and tone. Triage checks each budget against your floor, and drafts claim only the skills you list.`,
  'your profile is filled in.',
)}
${step(
  !state.proof,
  html`<a href="/proof/new">Add proof</a> of finished work, or <a href="/proof/import">import a JSON file</a>. Drafts cite only what is in your library and use only its numbers.`,
  'your library has proof in it.',
)}
</ol>
<form method="post" action="/setup/example" class="actions">
<button type="submit" class="button button--secondary">Load the example ${which}</button>
<span class="hint">Try bidwright first as Alex Rivera, a Shopify conversion freelancer (from examples/). Only what is empty is filled; change it to your own later.</span>
</form>
</section>`;
}
