import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateProfile } from '../../app/update-profile.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, problems, READ_ERRORS, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const read = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getProfile',
  tags: ['library'],
  summary: 'Read the profile',
  responses: { 200: json(Schemas.Profile, 'The profile'), ...problems(...READ_ERRORS) },
});

const update = createRoute({
  method: 'put',
  path: '/',
  operationId: 'updateProfile',
  tags: ['library'],
  summary: 'Change the fields given; fields left out keep their stored values (unknown fields are rejected)',
  middleware: [readsJson],
  // A small example rather than every field: "Try it out" sends what it shows, over the stored values.
  request: { body: jsonBody(Schemas.ProfilePatch, { rateFloor: 50 }) },
  responses: { 200: json(Schemas.Profile, 'The whole profile after the change'), ...problems(...BODY_ERRORS) },
});

/** GET /api/profile, and PUT /api/profile merging the fields given into the stored profile. */
export function createProfileRoutes(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(read, async (c) => c.json(await deps.store.getProfile(), 200));
  app.openapi(update, async (c) => c.json(await updateProfile(c.req.valid('json'), deps.store), 200), rejectInvalid({ json: 'The profile' }));
  refuseOtherMethods(app, '/', ['get', 'put']);
  return app;
}
