import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { BidwrightError } from '../../domain/errors.ts';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Requires `Authorization: Bearer <token>` when a token is configured. Both sides are hashed first so
 * the comparison is constant-time over equal-length buffers whatever the client sends.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  if (token === undefined) return async (_c, next) => next();
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization');
    const given = header === undefined ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)?.[1];
    if (given === null || given === undefined) {
      throw new BidwrightError(
        'UNAUTHORIZED',
        'This server requires a token: send the header "Authorization: Bearer <token>" with the value of BIDWRIGHT_TOKEN.',
      );
    }
    if (!timingSafeEqual(digest(given), expected)) {
      throw new BidwrightError('UNAUTHORIZED', 'The bearer token is wrong: send the value of BIDWRIGHT_TOKEN the server was started with.');
    }
    await next();
  };
}
