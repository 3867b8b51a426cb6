import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../domain/ports.ts';
import { requestIdOf } from '../problem.ts';

/**
 * One log line per request. Only method, path, status, duration and request id: never bodies,
 * query strings or headers, so pasted posts and the Authorization header stay out of logs.
 */
export function accessLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    logger.log({
      level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
      msg: 'request',
      requestId: requestIdOf(c),
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
