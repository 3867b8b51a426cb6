/**
 * The Host allowlist. A DNS-rebinding page reaches the server under the attacker's name, so the
 * Host header is the one thing that tells it apart; anything not listed is refused with 421.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HttpProblem } from '../problem.ts';
import { refuse } from '../refusal.ts';

/** A Host header: a bracketed IPv6 address or a name, then an optional port. Bounded, so linear. */
const HOST_HEADER = /^(\[[0-9a-f:.]{2,45}\]|[a-z0-9][a-z0-9.-]{0,252})(?::\d{1,5})?$/i;

/** The name part of a Host header (lower case, IPv6 in brackets), or null when it is malformed. */
export function hostNameOf(header: string | undefined): string | null {
  return HOST_HEADER.exec(header ?? '')?.[1]?.toLowerCase() ?? null;
}

/**
 * True when the request's host names one of `allowed`, whatever the port. Read from the request URL,
 * which @hono/node-server builds from the Host header (or the listening address when a client sends
 * none), so the check sees exactly what routing and the CSRF origin comparison see.
 */
export function isAllowedHost(c: Context, allowed: readonly string[]): boolean {
  const name = hostNameOf(new URL(c.req.url).host);
  return name !== null && allowed.includes(name);
}

/** Answers 421 to a request whose Host header is not on the list. */
export function allowHosts(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (isAllowedHost(c, allowed)) return next();
    const detail = `This server does not answer to the host name "${new URL(c.req.url).hostname}". Whoever runs it can add the name to BIDWRIGHT_ALLOWED_HOSTS.`;
    return refuse(c, new HttpProblem(421, 'misdirected-request', 'Unknown host name', detail));
  };
}

/**
 * The CSRF check for form posts: Sec-Fetch-Site same-origin (browsers never let a page forge it),
 * or an Origin equal to this request's own origin under an allowlisted host. The request origin is
 * built from the Host header, so the host check is what keeps an attacker's name out of it.
 */
export function formGuard(allowed: readonly string[]): MiddlewareHandler {
  return csrf({ origin: (origin, c) => origin === new URL(c.req.url).origin && isAllowedHost(c, allowed) });
}
