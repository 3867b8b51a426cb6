import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { rewriteOffer } from '../../app/rewrite-offer.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, MODEL_ERRORS, problems, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const route = createRoute({
  method: 'post',
  path: '/',
  operationId: 'rewriteOffer',
  tags: ['drafting'],
  summary: 'Rewrite a task offer as an outcome-led offer',
  middleware: [readsJson],
  request: { body: jsonBody(Schemas.OfferRequest, { offer: 'Write 10 blog posts' }) },
  responses: { 200: json(Schemas.Offer, 'The offer'), ...problems(...BODY_ERRORS, ...MODEL_ERRORS) },
});

/** POST /api/offers {offer}: a task offer rewritten as an outcome-led one. */
export function createOfferRoutes(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(route, async (c) => c.json(await rewriteOffer(c.req.valid('json'), deps), 200), rejectInvalid({ json: 'The offer' }));
  refuseOtherMethods(app, '/', ['post']);
  return app;
}
