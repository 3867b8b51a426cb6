import { Hono } from 'hono';
import { auditTasks, type AuditRequest } from '../../app/audit-tasks.ts';
import type { HttpDeps } from '../deps.ts';
import { methodNotAllowed, readJson } from '../json-body.ts';

/** POST /api/audits {tasks}: each task's AI exposure with a repackaging idea. */
export function createAuditRoutes(deps: HttpDeps): Hono {
  return new Hono()
    // The core validates the body; the cast only names what it will check.
    .post('/', async (c) => c.json(await auditTasks((await readJson(c)) as AuditRequest, deps)))
    .all('/', methodNotAllowed('POST'));
}
