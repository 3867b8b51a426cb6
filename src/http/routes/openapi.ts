import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDocument } from '../api-document.ts';
import { Schemas } from '../components.ts';
import { json, problems, READ_ERRORS, refuseOtherMethods } from '../route-kit.ts';

const route = createRoute({
  method: 'get',
  path: '/',
  operationId: 'openApiDocument',
  tags: ['server'],
  summary: 'This OpenAPI 3.1 document, generated from the route declarations',
  responses: { 200: json(Schemas.OpenApiDocument, 'The document'), ...problems(...READ_ERRORS) },
});

/** GET /api/openapi.json: the document the app's own route declarations generate. */
export function createOpenApiRoutes(document: ApiDocument): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(route, (c) => c.json(document(), 200));
  refuseOtherMethods(app, '/', ['get']);
  return app;
}
