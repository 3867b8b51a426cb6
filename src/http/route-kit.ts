/**
 * The pieces every API route declaration is built from, so each route file states only what is
 * its own (path, schemas, statuses) and the document and the validation come from that one place.
 */
import { createRoute, type Hook, type OpenAPIHono } from '@hono/zod-openapi';
import type { Env, MiddlewareHandler, ValidationTargets } from 'hono';
import type { z } from 'zod';
import { invalidInput } from '../domain/validate.ts';
import { Schemas } from './components.ts';
import { methodNotAllowed, readJson } from './json-body.ts';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';

const PROBLEM_TEXT: Record<number, string> = {
  400: 'The body is not valid JSON or fails validation (the issues are in `errors`)',
  401: 'The bearer token is missing or wrong',
  404: 'No such item',
  405: 'The path does not take this method (the Allow header lists the ones it does)',
  409: 'An item with that id exists',
  413: 'The body is over the size limit',
  415: 'The body is not sent as application/json',
  429: 'Too many requests from this client (see Retry-After); BIDWRIGHT_RATE_LIMIT sets the limit',
  500: 'A server-side failure (e.g. the data file is broken)',
  501: 'Planned, not built yet',
  502: 'The model failed or returned an unusable answer',
  503: 'The model provider is rate limiting (see Retry-After)',
  504: 'The model took too long',
};

/** What a route with a JSON body can answer besides its own: bad, unauthorised, too large, not JSON, broken. */
export const BODY_ERRORS = [400, 401, 413, 415, 500] as const;
/** What a route without a body can answer besides its own. */
export const READ_ERRORS = [401, 500] as const;
/** What a route that asks the engine can add: the work rate limit and the model's failures. */
export const MODEL_ERRORS = [429, 502, 503, 504] as const;

/** The problem+json answers for `statuses`, each described and typed by the Problem schema. */
export function problems(...statuses: readonly number[]) {
  const content = { [PROBLEM_CONTENT_TYPE]: { schema: Schemas.Problem } };
  return Object.fromEntries(statuses.map((status) => [status, { description: PROBLEM_TEXT[status] ?? 'An error', content }]));
}

/** A JSON answer with its schema. */
export function json<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A required JSON request body; `example` is what the docs page's "Try it out" starts from. */
export function jsonBody<S extends z.ZodType>(schema: S, example?: unknown) {
  return { required: true, content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } } };
}

/**
 * Runs before the schema check: 415 when the body is not declared as JSON, 400 when it is empty or
 * does not parse, each with a message that says how to fix it. The validator then reads the cached text.
 */
export const readsJson: MiddlewareHandler = async (c, next) => {
  await readJson(c);
  await next();
};

type Target = keyof ValidationTargets;

/**
 * Turns a failed schema check into the INVALID_INPUT error the core would raise, naming what was
 * invalid (e.g. "The proof item") so the problem reads the same whichever layer caught it.
 */
export function rejectInvalid<I>(what: Partial<Record<Target, string>> = {}): Hook<I, Env, string, undefined> {
  return (result) => {
    if (result.success) return;
    const label = what[result.target] ?? (result.target === 'param' ? 'The path' : 'The request');
    throw invalidInput(label, result.error);
  };
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch', 'options'] as const;
type Method = (typeof METHODS)[number];

interface RefuseOptions {
  /** The path's parameters, when it has any. */
  params?: z.ZodObject;
  /** True outside /api, where no token is asked for. */
  open?: boolean;
}

/**
 * Declares every other method on `path` as a 405 with the Allow header, in the document too, so a
 * client learns what the path takes.
 */
export function refuseOtherMethods(app: OpenAPIHono, path: string, allowed: readonly Method[], options: RefuseOptions = {}): void {
  const allow = allowed.map((method) => method.toUpperCase()).join(', ');
  const refuse = methodNotAllowed(...allowed.map((method) => method.toUpperCase()));
  const headers = { Allow: { description: 'The methods the path takes', schema: { type: 'string' as const, example: allow } } };
  for (const method of METHODS.filter((candidate) => !allowed.includes(candidate))) {
    const route = createRoute({
      method,
      path,
      tags: ['not allowed'],
      summary: `Not allowed here: use ${allow}`,
      ...(options.params === undefined ? {} : { request: { params: options.params } }),
      ...(options.open === true ? { security: [] } : {}),
      responses: {
        405: { ...problems(405)[405], headers },
        ...problems(...(options.open === true ? [] : [401])),
      },
    });
    app.openapi(route, refuse);
  }
}
