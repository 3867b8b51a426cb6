/** Client instructions found in a post, shown to the user who decides; bidwright never acts on them. */
import { html } from 'hono/html';
import type { Instruction } from '../../../domain/schemas.ts';
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
<p class="hint">The draft never follows these for you. Add what you choose before sending.</p>
</section>`;
}
