import type { Context, Handler } from 'hono';
import { BidwrightError } from '../domain/errors.ts';
import { HttpProblem } from './problem.ts';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads the request body as JSON: 415 when it is not declared as JSON, 400 when it does not parse.
 * The size limit is enforced before this by the body-limit middleware.
 */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type');
  if (type === undefined || !JSON_TYPE.test(type)) {
    const got = type === undefined ? 'no Content-Type' : `Content-Type "${type.slice(0, 80)}"`;
    throw new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', `Send the body as JSON with Content-Type: application/json (got ${got}).`, {
      'Accept-Post': 'application/json',
    });
  }
  const text = await c.req.text();
  if (text.trim() === '') {
    throw new BidwrightError('INVALID_INPUT', 'The body is empty: send a JSON object, e.g. {"jobPost": "..."}.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BidwrightError('INVALID_INPUT', `The body is not valid JSON: ${reason}.`);
  }
}

/** A handler answering 405 with the methods a path does allow. */
export function methodNotAllowed(...allowed: string[]): Handler {
  const allow = allowed.join(', ');
  return (c) => {
    throw new HttpProblem(405, 'method-not-allowed', 'Method not allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${allow}.`, { Allow: allow });
  };
}
