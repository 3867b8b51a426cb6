import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { json, problems, refuseOtherMethods } from '../route-kit.ts';

const route = createRoute({
  method: 'get',
  path: '/',
  operationId: 'health',
  tags: ['server'],
  summary: 'Liveness, engine and model',
  // Outside /api: never asks for the token.
  security: [],
  responses: { 200: json(Schemas.Health, 'Up'), ...problems(500) },
});

/** GET /healthz: liveness plus which engine and model answer. */
export function createHealthRoutes(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(route, (c) => c.json({ status: 'ok' as const, engine: deps.engine.name, model: deps.engine.model }, 200));
  refuseOtherMethods(app, '/', ['get'], { open: true });
  return app;
}
