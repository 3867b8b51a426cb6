import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { buildCaseStudy } from '../../app/build-case-study.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, MODEL_ERRORS, problems, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const route = createRoute({
  method: 'post',
  path: '/',
  operationId: 'buildCaseStudy',
  tags: ['library'],
  summary: 'Turn notes about finished work into a proof item draft',
  middleware: [readsJson],
  request: { body: jsonBody(Schemas.CaseStudyRequest, { notes: 'Rebuilt a two-warehouse stock sheet; duplicate SKUs merged: 137.' }) },
  responses: { 200: json(Schemas.CaseStudy, 'The case study draft'), ...problems(...BODY_ERRORS, ...MODEL_ERRORS) },
});

/** POST /api/case-studies {notes, id?}: notes about finished work to a proof item draft. */
export function createCaseStudyRoutes(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(route, async (c) => c.json(await buildCaseStudy(c.req.valid('json'), deps), 200), rejectInvalid({ json: 'The case study notes' }));
  refuseOtherMethods(app, '/', ['post']);
  return app;
}
