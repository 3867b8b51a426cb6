/**
 * Web sessions for a server with a token. Logging in with the token starts a session: a random id,
 * signed with a per-process secret (hono/cookie's HMAC-SHA256 signed cookie, checked with
 * crypto.subtle.verify, which is constant-time) and listed server-side so logout ends it for good.
 * The cookie never holds the token, and a restart logs everyone out.
 */
import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { HttpProblem } from '../problem.ts';
import { refuse } from '../refusal.ts';

const COOKIE = 'bidwright_session';
/** A working day and then some: long enough not to interrupt, short enough that a lost laptop's session ends. */
const LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface Sessions {
  /** Starts a session and sets its cookie on the response. */
  start(c: Context): Promise<void>;
  /** Ends the request's session, if any, and clears the cookie. */
  end(c: Context): Promise<void>;
  /** True when the request carries the cookie of a live session. */
  active(c: Context): Promise<boolean>;
}

/**
 * Secure only when the request itself came over TLS, or X-Forwarded-Proto says so and the operator
 * trusts the proxy: a Secure cookie over plain HTTP would never come back, locking the user out.
 */
function isTls(c: Context, trustProxy: boolean): boolean {
  const forwarded = trustProxy ? c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() : undefined;
  return new URL(c.req.url).protocol === 'https:' || forwarded === 'https';
}

/** The session store of one app; `now` is for tests of expiry. */
export function createSessions(options: { trustProxy: boolean; now?: () => number }): Sessions {
  const secret = randomBytes(32);
  const now = options.now ?? Date.now;
  const live = new Map<string, number>();
  const idOf = async (c: Context): Promise<string | null> => {
    const id = await getSignedCookie(c, secret, COOKIE);
    return typeof id === 'string' && id !== '' ? id : null;
  };
  return {
    async start(c) {
      for (const [id, expires] of live) if (expires <= now()) live.delete(id);
      const id = randomBytes(32).toString('base64url');
      live.set(id, now() + LIFETIME_MS);
      const secure = isTls(c, options.trustProxy);
      await setSignedCookie(c, COOKIE, id, secret, { httpOnly: true, sameSite: 'Strict', secure, path: '/', maxAge: LIFETIME_MS / 1000 });
    },
    async end(c) {
      const id = await idOf(c);
      if (id !== null) live.delete(id);
      deleteCookie(c, COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict', secure: isTls(c, options.trustProxy) });
    },
    async active(c) {
      const id = await idOf(c);
      const expires = id === null ? undefined : live.get(id);
      return expires !== undefined && expires > now();
    },
  };
}

/** Where the login page sends the user after logging in, for the page they asked for. */
function loginPath(next: string): string {
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}

/**
 * Lets a request through with a live session; otherwise a page load goes to the login page and
 * anything else (a form post) is refused with 401 and a link to it.
 */
export function requireSession(sessions: Sessions): MiddlewareHandler {
  return async (c, next) => {
    if (await sessions.active(c)) return next();
    const url = new URL(c.req.url);
    const login = loginPath(url.pathname + url.search);
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.redirect(login, 303);
    const detail = 'This server needs its token: log in first, then send the form again.';
    return refuse(c, new HttpProblem(401, 'login-required', 'Log in first', detail), { href: login, label: 'Log in' });
  };
}
