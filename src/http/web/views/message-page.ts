/** A page that only says something: not found, refused, or failed on our side. */
import { html } from 'hono/html';
import { hintLine, type Hint, type Html } from './fields.ts';
import { page, type Section } from './layout.ts';

export interface MessagePageOptions {
  title: string;
  message: string;
  /** What to do next, under the message. */
  hint?: Hint | null | undefined;
  section?: Section;
  /** Where to go next. */
  back?: { href: string; label: string };
  requestId?: string | undefined;
}

/** Renders a heading, the message and a way back. */
export function messagePage(options: MessagePageOptions): Html {
  const back = options.back ?? { href: '/', label: 'Back to the draft page' };
  const body = html`<h1>${options.title}</h1>
<div class="card"><p>${options.message}</p>${hintLine(options.hint ?? undefined)}${options.requestId ? html`<p class="muted">Request id: <code>${options.requestId}</code></p>` : ''}
<p><a href="${back.href}">${back.label}</a></p></div>`;
  return page({ title: options.title, section: options.section ?? 'none', body });
}
