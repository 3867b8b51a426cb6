/**
 * Rate limits per client, with hono-rate-limiter's in-memory store (one process, one store). The
 * client is the socket's remote address; X-Forwarded-For counts only when the operator said a proxy
 * sets it, since anyone else can write any address there.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AccessConfig } from '../../config.ts';
import { HttpProblem } from '../problem.ts';
import { refuse } from '../refusal.ts';

/** The client's address: the socket's peer, or the last X-Forwarded-For hop when a proxy is trusted. */
function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  if (forwarded) return forwarded;
  // @hono/node-server passes the request as env.incoming; app.request() in tests has no socket.
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? 'unknown';
}

function tooMany(c: Context, what: string): Response | Promise<Response> {
  const info = c.get('rateLimit' as never) as { resetTime?: Date } | undefined;
  const seconds = Math.max(1, Math.ceil(((info?.resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000));
  const detail = `Too many ${what} from your address. Wait ${seconds} seconds, then try again.`;
  return refuse(c, new HttpProblem(429, 'too-many-requests', 'Too many requests', detail, { 'Retry-After': String(seconds) }));
}

export interface RateLimiters {
  /** Counts every request to the endpoints that run the engine. */
  work: MiddlewareHandler;
  /** Counts only answers of 401: wrong tokens on the API, wrong logins on the web. */
  loginFailures: MiddlewareHandler;
}

/**
 * Builds the limiters; each keeps its own counts for the life of the app. A request that `isAuthorised`
 * (the right Bearer token) skips the failed-login count, so the owner's parallel API calls are never
 * counted while in flight, and a flood of wrong tokens from a shared address does not lock the owner out.
 */
export function createRateLimiters(access: AccessConfig, isAuthorised: (c: Context) => boolean): RateLimiters {
  const { rateLimits: limits, trustProxy } = access;
  const keyGenerator = (c: Context) => clientAddress(c, trustProxy);
  return {
    work: rateLimiter({
      windowMs: limits.workWindowMs,
      limit: limits.work,
      keyGenerator,
      handler: (c) => tooMany(c, 'requests that draft, triage or check text'),
    }),
    loginFailures: rateLimiter({
      windowMs: limits.loginWindowMs,
      limit: limits.loginFailures,
      keyGenerator,
      skip: isAuthorised,
      skipSuccessfulRequests: true,
      requestWasSuccessful: (c) => c.res.status !== 401,
      handler: (c) => tooMany(c, 'failed logins'),
    }),
  };
}
