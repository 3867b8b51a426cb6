/** Client instructions found in a post, shown to the user who decides; bidwright never acts on them. */
import { html } from 'hono/html';
import { mayFollow, PURPOSE_LABEL } from '../../../domain/instruction-purpose.ts';
import type { Instruction } from '../../../domain/schemas.ts';
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
<p class="hint">The draft never follows these for you. Add what you choose before sending.</p>
</section>`;
}
