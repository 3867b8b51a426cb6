/** GET /audit shows the form; POST /audit labels each task and shows the table. */
import { Hono } from 'hono';
import { auditTasks } from '../../../app/audit-tasks.ts';
import { isBidwrightError } from '../../../domain/errors.ts';
import type { HttpDeps } from '../../deps.ts';
import { describeFailure } from '../failure.ts';
import { readForm } from '../form.ts';
import { auditPage } from '../views/audit-page.ts';

/** The task audit routes. */
export function createAuditRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .get('/audit', (c) => c.html(auditPage({ values: {} })))
    .post('/audit', async (c) => {
      const { values } = await readForm(c);
      try {
        const audit = await auditTasks({ tasks: values.tasks ?? '' }, deps);
        return c.html(auditPage({ values, audit }));
      } catch (error) {
        if (!isBidwrightError(error)) throw error;
        const failure = describeFailure(error, ['tasks'], 'tasks');
        return c.html(auditPage({ values, error: failure }), failure.status);
      }
    });
}
