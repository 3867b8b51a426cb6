import { Hono } from 'hono';
import { lint, type LintRequest } from '../../app/lint.ts';
import type { HttpDeps } from '../deps.ts';
import { methodNotAllowed, readJson } from '../json-body.ts';

/** POST /api/lint {text, jobPost?, citations?}: the proposal rubric on any draft. */
export function createLintRoutes(deps: HttpDeps): Hono {
  return new Hono()
    // The core validates the body; the cast only names what it will check.
    .post('/', async (c) => c.json(await lint((await readJson(c)) as LintRequest, deps)))
    .all('/', methodNotAllowed('POST'));
}
