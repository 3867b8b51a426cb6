import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { json, problems, refuseOtherMethods } from '../route-kit.ts';

const route = createRoute({
  method: 'get',
  path: '/',
  operationId: 'health',
  tags: ['server'],
  summary: 'Liveness; the engine and model only to a caller allowed to see them',
  description:
    'Answers any Host name, so a probe can reach it by address. Names the engine and model only under an allowed host name and, when the server has a token, to a caller with the Bearer token or a web session.',
  // Never asks for the token: without it the answer is only the status.
  security: [],
  responses: { 200: json(Schemas.Health, 'Up'), ...problems(500) },
});

/** GET /healthz: liveness, plus which engine and model answer when `showDetail` allows. */
export function createHealthRoutes(deps: HttpDeps, showDetail: (c: Context) => Promise<boolean>): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(route, async (c) =>
    (await showDetail(c)) ? c.json({ status: 'ok' as const, engine: deps.engine.name, model: deps.engine.model }, 200) : c.json({ status: 'ok' as const }, 200),
  );
  refuseOtherMethods(app, '/', ['get'], { open: true });
  return app;
}
