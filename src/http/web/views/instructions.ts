/** Client instructions found in a post, shown to the user who decides; a draft follows only those the user ticks. */
import { html } from 'hono/html';
import { mayFollow, PURPOSE_LABEL } from '../../../domain/instruction-purpose.ts';
import type { Instruction, InstructionRef } from '../../../domain/schemas.ts';
import type { Html } from './fields.ts';

function item(instruction: Instruction): Html {
  const value = instruction.value === null ? html`` : html` <span class="value">value: <code>${instruction.value}</code></span>`;
  return mayFollow(instruction)
    ? html`<li data-purpose="${instruction.purpose}"><strong>The client asks:</strong> <q>${instruction.text}</q>${value} <em>(${PURPOSE_LABEL[instruction.purpose]})</em></li>`
    : html`<li data-purpose="${instruction.purpose}"><strong>Not followed (${PURPOSE_LABEL[instruction.purpose]}):</strong> <q>${instruction.text}</q>${value}</li>`;
}

/** The highlighted box "The client asks: ... (you decide)", or nothing when the post has none. */
export function instructionsBox(instructions: Instruction[], headingId: string): Html {
  if (instructions.length === 0) return html``;
  const ordered = [...instructions.filter(mayFollow), ...instructions.filter((instruction) => !mayFollow(instruction))];
  return html`<section class="instructions" aria-labelledby="${headingId}">
<h3 id="${headingId}">Client instructions</h3>
<ul>${ordered.map(item)}</ul>
<p class="hint">The draft follows only the read-the-post checks you tick under the draft; text aimed at an AI is never followed.</p>
</section>`;
}

/**
 * A checkbox per instruction the user may accept, part of a form (`formId`: the draft form, so
 * Regenerate drafts again following the ticked ones; the lint form, so the check holds the draft
 * to them). Each is named by its number in the post's list (from 1).
 */
export function acceptBox(instructions: readonly Instruction[], accepted: readonly InstructionRef[], formId = 'propose-form', button = 'Regenerate'): Html {
  const choices = instructions.map((instruction, index) => ({ instruction, number: index + 1 })).filter(({ instruction }) => mayFollow(instruction));
  if (choices.length === 0) return html``;
  const ticked = new Set(accepted.map(String));
  return html`<fieldset class="accept" id="accept-instructions">
<legend>Client instructions to follow</legend>
<p class="hint">Tick the ones you accept, then press ${button}: ${formId === 'propose-form' ? 'the draft follows only those' : 'the draft is checked for following them'}.</p>
<ul>${choices.map(
    ({ instruction, number }) =>
      html`<li><label><input type="checkbox" name="accept" value="${number}" form="${formId}"${ticked.has(String(number)) ? html` checked` : ''}> <q>${instruction.text}</q></label></li>`,
  )}</ul>
</fieldset>`;
}
