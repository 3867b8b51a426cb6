import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { auditTasks } from '../../app/audit-tasks.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, MODEL_ERRORS, problems, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const route = createRoute({
  method: 'post',
  path: '/',
  operationId: 'auditTasks',
  tags: ['drafting'],
  summary: "Label each task's AI exposure (1 to 200 tasks)",
  middleware: [readsJson],
  request: { body: jsonBody(Schemas.AuditRequest, { tasks: ['Write blog posts', 'Interview customers'] }) },
  responses: { 200: json(Schemas.TaskAudit, 'The audit'), ...problems(...BODY_ERRORS, ...MODEL_ERRORS) },
});

/** POST /api/audits {tasks}: each task's AI exposure with a repackaging idea. */
export function createAuditRoutes(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(route, async (c) => c.json(await auditTasks(c.req.valid('json'), deps), 200), rejectInvalid({ json: 'The task list' }));
  refuseOtherMethods(app, '/', ['post']);
  return app;
}
