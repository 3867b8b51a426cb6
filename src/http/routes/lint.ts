import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { lint } from '../../app/lint.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, problems, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const route = createRoute({
  method: 'post',
  path: '/',
  operationId: 'lint',
  tags: ['drafting'],
  summary: 'Check any draft against the proposal rubric',
  middleware: [readsJson],
  request: { body: jsonBody(Schemas.LintRequest, { text: 'Your stock sheet drifts because pasted rows overwrite the reorder formulas...' }) },
  // 429: lint runs no model, but is rate-limited with the rest of the work.
  responses: { 200: json(Schemas.LintReport, 'The findings'), ...problems(...BODY_ERRORS, 429) },
});

/** POST /api/lint {text, jobPost?, citations?}: the proposal rubric on any draft. */
export function createLintRoutes(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(route, async (c) => c.json(await lint(c.req.valid('json'), deps), 200), rejectInvalid({ json: 'The lint request' }));
  refuseOtherMethods(app, '/', ['post']);
  return app;
}
