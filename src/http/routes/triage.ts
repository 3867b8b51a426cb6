import { Hono } from 'hono';
import { triage } from '../../app/triage.ts';
import { parseOrThrow } from '../../domain/validate.ts';
import type { HttpDeps } from '../deps.ts';
import { methodNotAllowed, readJson } from '../json-body.ts';
import { TriageRequest } from '../schemas.ts';

/** POST /api/triage {jobPost}: should the freelancer bid, and why. */
export function createTriageRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .post('/', async (c) => {
      const { jobPost } = parseOrThrow(TriageRequest, await readJson(c), 'The triage request');
      return c.json(await triage(jobPost, deps));
    })
    .all('/', methodNotAllowed('POST'));
}
