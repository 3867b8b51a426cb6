import { Hono } from 'hono';
import type { HttpDeps } from '../deps.ts';
import { methodNotAllowed } from '../json-body.ts';

/** GET /healthz: liveness plus which engine and model answer. */
export function createHealthRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .get('/', (c) => c.json({ status: 'ok' as const, engine: deps.engine.name, model: deps.engine.model }))
    .all('/', methodNotAllowed('GET'));
}
