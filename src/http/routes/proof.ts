import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { addProof, getProof, importProof, removeProof } from '../../app/manage-proof.ts';
import { BidwrightError } from '../../domain/errors.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, problems, READ_ERRORS, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';
import { ClearQuery, ClearResult, ImportQuery, ProofIdParam } from '../schemas.ts';

const location = (id: string) => `/api/proof/${encodeURIComponent(id)}`;
const LOCATION = { Location: { description: "The new item's URL", schema: { type: 'string' as const } } };
const EXAMPLE = { id: 'stock-sheet-rebuild', kind: 'case_study', title: 'Stock sheet reconciliation for a two-warehouse seller' };
const { id: _id, ...EXAMPLE_WITHOUT_ID } = EXAMPLE;
const labels = { json: 'The proof item', param: 'The proof id' };

const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listProof',
  tags: ['library'],
  summary: 'List the proof library',
  responses: { 200: json(Schemas.ProofList, 'All proof items'), ...problems(...READ_ERRORS) },
});
const add = createRoute({
  method: 'post',
  path: '/',
  operationId: 'addProof',
  tags: ['library'],
  summary: 'Add one proof item',
  middleware: [readsJson],
  request: { body: jsonBody(Schemas.NewProofItem, EXAMPLE) },
  responses: { 201: { ...json(Schemas.ProofItem, 'Added'), headers: LOCATION }, ...problems(...BODY_ERRORS, 409) },
});
const importAll = createRoute({
  method: 'put',
  path: '/',
  operationId: 'importProof',
  tags: ['library'],
  summary:
    'Import an array of proof items, all or nothing (ids kept, existing ids replaced); with ?replace=true the library becomes exactly these items, the old file backed up first',
  middleware: [readsJson],
  request: { query: ImportQuery, body: jsonBody(Schemas.ProofImport, [EXAMPLE]) },
  responses: { 200: json(Schemas.ImportResult, 'How many were added and replaced'), ...problems(...BODY_ERRORS) },
});
const clear = createRoute({
  method: 'delete',
  path: '/',
  operationId: 'clearProof',
  tags: ['library'],
  summary: 'Remove every proof item (?all=true required); a file store backs the old file up first',
  request: { query: ClearQuery },
  responses: { 200: json(ClearResult, 'How many items were removed'), ...problems(400, ...READ_ERRORS) },
});
const read = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getProof',
  tags: ['library'],
  summary: 'Read one proof item',
  request: { params: ProofIdParam },
  responses: { 200: json(Schemas.ProofItem, 'The item'), ...problems(400, 404, ...READ_ERRORS) },
});
const replace = createRoute({
  method: 'put',
  path: '/{id}',
  operationId: 'putProof',
  tags: ['library'],
  summary: 'Create (201) or replace (200) one proof item; the id comes from the path',
  middleware: [readsJson],
  request: { params: ProofIdParam, body: jsonBody(Schemas.ProofReplacement, EXAMPLE_WITHOUT_ID) },
  responses: {
    200: json(Schemas.ProofItem, 'Replaced'),
    201: { ...json(Schemas.ProofItem, 'Created'), headers: LOCATION },
    ...problems(...BODY_ERRORS),
  },
});
const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  operationId: 'removeProof',
  tags: ['library'],
  summary: 'Remove one proof item',
  request: { params: ProofIdParam },
  responses: { 204: { description: 'Removed' }, ...problems(400, 404, ...READ_ERRORS) },
});

/**
 * The proof library: list, add one (201 + Location), import an array all or nothing (or replace
 * the library with it), remove every item, and read, create or replace, or remove one item by id.
 */
export function createProofRoutes(deps: HttpDeps): OpenAPIHono {
  const { store } = deps;
  const app = new OpenAPIHono();
  app.openapi(list, async (c) => c.json(await store.listProof(), 200));
  app.openapi(
    add,
    async (c) => {
      const item = await addProof(c.req.valid('json'), store);
      return c.json(item, 201, { Location: location(item.id) });
    },
    rejectInvalid(labels),
  );
  app.openapi(
    importAll,
    async (c) => c.json(await importProof(c.req.valid('json'), store, { replace: c.req.valid('query').replace === 'true' }), 200),
    rejectInvalid({ json: 'The proof file', query: 'The import options' }),
  );
  app.openapi(clear, async (c) => c.json({ removed: await store.clearProof() }, 200), rejectInvalid({ query: 'Removing every proof item' }));
  app.openapi(read, async (c) => c.json(await getProof(c.req.valid('param').id, store), 200), rejectInvalid(labels));
  app.openapi(
    replace,
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      // The path names the item: a body id may repeat it, never contradict it.
      if (body.id !== undefined && body.id !== id) {
        const message = `The body's id "${body.id}" differs from the path's id "${id}": remove it or make them equal.`;
        throw new BidwrightError('INVALID_INPUT', message, { details: [{ code: 'custom', path: ['id'], message }] });
      }
      const item = { ...body, id };
      const { added } = await importProof([item], store);
      return added > 0 ? c.json(item, 201, { Location: location(id) }) : c.json(item, 200);
    },
    rejectInvalid(labels),
  );
  app.openapi(
    remove,
    async (c) => {
      await removeProof(c.req.valid('param').id, store);
      return c.body(null, 204);
    },
    rejectInvalid(labels),
  );
  refuseOtherMethods(app, '/', ['get', 'post', 'put', 'delete']);
  refuseOtherMethods(app, '/{id}', ['get', 'put', 'delete'], { params: z.object({ id: z.string() }) });
  return app;
}
