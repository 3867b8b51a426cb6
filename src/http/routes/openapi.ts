import { Hono } from 'hono';
import { methodNotAllowed } from '../json-body.ts';
import { buildOpenApiDocument } from '../openapi.ts';

/** GET /api/openapi.json: built once per app from the route table. */
export function createOpenApiRoutes(): Hono {
  let document: Record<string, unknown> | null = null;
  return new Hono()
    .get('/', (c) => c.json((document ??= buildOpenApiDocument())))
    .all('/', methodNotAllowed('GET'));
}
