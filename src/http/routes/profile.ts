import { Hono } from 'hono';
import { updateProfile } from '../../app/update-profile.ts';
import type { HttpDeps } from '../deps.ts';
import { methodNotAllowed, readJson } from '../json-body.ts';

/** GET /api/profile, and PUT /api/profile merging the fields given into the stored profile. */
export function createProfileRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .get('/', async (c) => c.json(await deps.store.getProfile()))
    .put('/', async (c) => c.json(await updateProfile(await readJson(c), deps.store)))
    .all('/', methodNotAllowed('GET', 'PUT'));
}
