import { Hono } from 'hono';
import { buildCaseStudy, type CaseStudyRequest } from '../../app/build-case-study.ts';
import type { HttpDeps } from '../deps.ts';
import { methodNotAllowed, readJson } from '../json-body.ts';

/** POST /api/case-studies {notes, id?}: notes about finished work to a proof item draft. */
export function createCaseStudyRoutes(deps: HttpDeps): Hono {
  return new Hono()
    // The core validates the body; the cast only names what it will check.
    .post('/', async (c) => c.json(await buildCaseStudy((await readJson(c)) as CaseStudyRequest, deps)))
    .all('/', methodNotAllowed('POST'));
}
