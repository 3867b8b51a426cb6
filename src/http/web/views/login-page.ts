/** The login page a server with a token shows before any other page, and the page to log out. */
import { html } from 'hono/html';
import { formError, textField, type Html } from './fields.ts';
import { page } from './layout.ts';

/** The token form; `next` is the page to open after logging in. */
export function loginPage(options: { next: string; error?: string | undefined }): Html {
  const body = html`<h1>Log in</h1>
<p class="lede">This bidwright server asks for its token: the value of BIDWRIGHT_TOKEN it was started with.</p>
<form class="card" method="post" action="/login">
${formError(options.error)}
<input type="hidden" name="next" value="${options.next}">
${textField({ name: 'token', label: 'Token', type: 'password', required: true, error: options.error === undefined ? undefined : 'Check the token and try again.' })}
<div class="actions"><button type="submit" class="button">Log in</button></div>
</form>`;
  return page({ title: 'Log in', section: 'none', body });
}

/** Asks before logging out (a link must never change state, so the button posts); `open` when no token is set. */
export function logoutPage(open: boolean): Html {
  const body = open
    ? html`<h1>Log out</h1>
<div class="card"><p>This server asks for no token, so there is no session to end. Set BIDWRIGHT_TOKEN before starting it to require one.</p>
<p><a href="/">Back to the draft page</a></p></div>`
    : html`<h1>Log out</h1>
<form class="card" method="post" action="/logout">
<p>This ends your session on this browser. You will need the token to log in again.</p>
<div class="actions"><button type="submit" class="button">Log out</button></div>
</form>`;
  return page({ title: 'Log out', section: 'none', body });
}
