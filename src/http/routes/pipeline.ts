import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { HttpProblem } from '../problem.ts';
import { problems, READ_ERRORS } from '../route-kit.ts';

const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

const notBuilt = () => {
  throw new HttpProblem(
    501,
    'not-implemented',
    'Not implemented yet',
    'The pipeline (30-day reality test) API is not built yet; it is planned for a later release.',
  );
};

/** /api/pipeline is part of the contract but not built yet: a clear, documented 501 instead of a bare 404. */
export function createPipelineRoutes(): OpenAPIHono {
  const app = new OpenAPIHono();
  for (const method of METHODS) {
    const route = createRoute({
      method,
      path: '/',
      tags: ['pipeline'],
      summary: 'The 30-day reality test: planned, not built yet',
      responses: problems(501, ...READ_ERRORS),
    });
    app.openapi(route, notBuilt);
  }
  return app;
}
