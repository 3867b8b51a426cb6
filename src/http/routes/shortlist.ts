import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { shortlist } from '../../app/shortlist.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, MODEL_ERRORS, problems, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const route = createRoute({
  method: 'post',
  path: '/',
  operationId: 'triageBatch',
  tags: ['drafting'],
  summary: 'Triage many job posts and rank them into a shortlist (verdict, score, one-line reason each)',
  middleware: [readsJson],
  request: {
    body: jsonBody(Schemas.ShortlistRequest, {
      posts: [
        'Fixed-price $600\nClean up our inventory spreadsheet before the stock count...',
        'Hourly: $40.00 - $70.00\nSet up GA4 and Tag Manager for our Shopify store...',
      ],
    }),
  },
  responses: { 200: json(Schemas.Shortlist, 'The ranked shortlist'), ...problems(...BODY_ERRORS, ...MODEL_ERRORS) },
});

/** POST /api/triage/batch {posts} or {text}: every post triaged, ranked, and how many are worth pursuing. */
export function createShortlistRoutes(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(
    route,
    async (c) => {
      const request = c.req.valid('json');
      const input = request.posts !== undefined ? { posts: request.posts } : { text: request.text ?? '', format: request.format };
      return c.json(await shortlist(input, deps), 200);
    },
    rejectInvalid({ json: 'The batch request' }),
  );
  refuseOtherMethods(app, '/', ['post']);
  return app;
}
