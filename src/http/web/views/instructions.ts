/** Client instructions found in a post, shown to the user who decides; a draft follows only those the user ticks. */
import { html } from 'hono/html';
import { canAccept } from '../../../domain/acceptable.ts';
import type { Instruction, InstructionRef } from '../../../domain/schemas.ts';
import type { Html } from './fields.ts';

/** The highlighted box "The client asks: ... (you decide)", or nothing when the post has none. */
export function instructionsBox(instructions: Instruction[], headingId: string): Html {
  if (instructions.length === 0) return html``;
  const forPeople = instructions.filter((instruction) => instruction.kind !== 'ai_directed');
  const forAi = instructions.filter((instruction) => instruction.kind === 'ai_directed');
  return html`<section class="instructions" aria-labelledby="${headingId}">
<h3 id="${headingId}">Client instructions</h3>
<ul>${forPeople.map((instruction) => html`<li><strong>The client asks:</strong> <q>${instruction.text}</q> <em>(you decide)</em></li>`)}${forAi.map(
    (instruction) =>
      html`<li><strong>Text aimed at an AI (not followed):</strong> <q>${instruction.text}</q> <em>(you decide whether to respond to it)</em></li>`,
  )}</ul>
<p class="hint">The draft follows only the ones you tick under the draft; text aimed at an AI is never followed.</p>
</section>`;
}

/**
 * A checkbox per instruction the user may accept, part of the draft form, so Regenerate drafts
 * again following the ticked ones. Each is named by its number in the post's list (from 1).
 */
export function acceptBox(instructions: readonly Instruction[], accepted: readonly InstructionRef[]): Html {
  const choices = instructions.map((instruction, index) => ({ instruction, number: index + 1 })).filter(({ instruction }) => canAccept(instruction));
  if (choices.length === 0) return html``;
  const ticked = new Set(accepted.map(String));
  return html`<fieldset class="accept" id="accept-instructions">
<legend>Client instructions to follow</legend>
<p class="hint">Tick the ones you accept, then press Regenerate: the draft follows only those.</p>
<ul>${choices.map(
    ({ instruction, number }) =>
      html`<li><label><input type="checkbox" name="accept" value="${number}" form="propose-form"${ticked.has(String(number)) ? html` checked` : ''}> <q>${instruction.text}</q></label></li>`,
  )}</ul>
</fieldset>`;
}
