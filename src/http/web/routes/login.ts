/**
 * GET/POST /login and GET/POST /logout. On a server without a token there is nothing to log in
 * to: login leads to the page asked for, and the logout page says so.
 */
import { Hono } from 'hono';
import type { HttpDeps } from '../../deps.ts';
import { createTokenCheck } from '../../middleware/auth.ts';
import type { Sessions } from '../../middleware/session.ts';
import { readForm } from '../form.ts';
import { loginPage, logoutPage } from '../views/login-page.ts';

const BASE = 'http://bidwright.invalid';

/**
 * The page to open after logging in: a path on this site, never another site (no "//host",
 * "/\host" or absolute URL, after the URL parser's own clean-up), and never the login pages.
 */
function safeNext(raw: string | undefined): string {
  if (raw === undefined || !raw.startsWith('/')) return '/';
  const url = new URL(raw, BASE);
  const path = `${url.pathname}${url.search}`;
  if (url.origin !== BASE || path.startsWith('//') || /^\/log(?:in|out)(?:[/?]|$)/.test(path)) return '/';
  return path;
}

/** The login and logout routes. */
export function createLoginRoutes(deps: HttpDeps, sessions: Sessions): Hono {
  const matches = createTokenCheck(deps.token);
  const open = deps.token === undefined;
  return new Hono()
    .get('/login', async (c) => {
      const next = safeNext(c.req.query('next'));
      if (open || (await sessions.active(c))) return c.redirect(next, 303);
      return c.html(loginPage({ next }));
    })
    .post('/login', async (c) => {
      const { values } = await readForm(c);
      const next = safeNext(values.next);
      if (open) return c.redirect(next, 303);
      if (!matches(values.token)) return c.html(loginPage({ next, error: 'That token is wrong.' }), 401);
      await sessions.start(c);
      return c.redirect(next, 303);
    })
    .get('/logout', (c) => c.html(logoutPage(open)))
    .post('/logout', async (c) => {
      await sessions.end(c);
      return c.redirect(open ? '/' : '/login', 303);
    });
}
