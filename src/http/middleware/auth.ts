import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { BidwrightError } from '../../domain/errors.ts';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * A constant-time comparison against the configured token: both sides are hashed first so the
 * buffers have equal length whatever the client sends. Always false when no token is set.
 */
export function createTokenCheck(token: string | undefined): (given: string | null | undefined) => boolean {
  const expected = token === undefined ? null : digest(token);
  return (given) => expected !== null && typeof given === 'string' && timingSafeEqual(digest(given), expected);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerOf(c: Context): string | null {
  const header = c.req.header('authorization');
  return (header === undefined ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)?.[1]) ?? null;
}

/**
 * Requires `Authorization: Bearer <token>` when a token is configured. Kept instead of hono's
 * bearerAuth: that one answers tokens outside RFC 6750's character set with 400 (so a
 * BIDWRIGHT_TOKEN with "!" or "@" could never be sent) and its bodies are not problem+json.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  if (token === undefined) return async (_c, next) => next();
  const matches = createTokenCheck(token);
  return async (c, next) => {
    const given = bearerOf(c);
    if (given === null) {
      throw new BidwrightError(
        'UNAUTHORIZED',
        'This server requires a token: send the header "Authorization: Bearer <token>" with the value of BIDWRIGHT_TOKEN.',
      );
    }
    if (!matches(given)) {
      throw new BidwrightError('UNAUTHORIZED', 'The bearer token is wrong: send the value of BIDWRIGHT_TOKEN the server was started with.');
    }
    await next();
  };
}
