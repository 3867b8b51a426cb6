import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { triage } from '../../app/triage.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, MODEL_ERRORS, problems, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const route = createRoute({
  method: 'post',
  path: '/',
  operationId: 'triage',
  tags: ['drafting'],
  summary: 'Triage a job post: facts, signals, best proof and a verdict',
  middleware: [readsJson],
  request: { body: jsonBody(Schemas.TriageRequest, { jobPost: 'Fixed-price $600\nClean up our inventory spreadsheet before the stock count...' }) },
  responses: { 200: json(Schemas.Triage, 'The triage'), ...problems(...BODY_ERRORS, ...MODEL_ERRORS) },
});

/** POST /api/triage {jobPost}: should the freelancer bid, and why. */
export function createTriageRoutes(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(route, async (c) => c.json(await triage(c.req.valid('json').jobPost, deps), 200), rejectInvalid({ json: 'The triage request' }));
  refuseOtherMethods(app, '/', ['post']);
  return app;
}
