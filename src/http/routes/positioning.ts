import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { suggestPositioning } from '../../app/suggest-positioning.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, MODEL_ERRORS, problems, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const route = createRoute({
  method: 'post',
  path: '/',
  operationId: 'suggestPositioning',
  tags: ['library'],
  summary: 'Suggest an outcome-led headline, a micro-niche and one repackaged service, from the profile, proof and task audit',
  middleware: [readsJson],
  request: { body: jsonBody(Schemas.PositioningRequest, { tasks: ['Set up Google Analytics tracking', 'Fix Shopify checkout drop-off'] }) },
  responses: { 200: json(Schemas.PositioningSuggestion, 'The suggestion, with what was withheld and why'), ...problems(...BODY_ERRORS, ...MODEL_ERRORS) },
});

/** POST /api/profile/suggestions {tasks?}: positioning from the profile, the proof library and the audit. */
export function createPositioningRoutes(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(route, async (c) => c.json(await suggestPositioning(c.req.valid('json'), deps), 200), rejectInvalid({ json: 'The positioning request' }));
  refuseOtherMethods(app, '/', ['post']);
  return app;
}
