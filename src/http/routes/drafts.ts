import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { editDraft } from '../../app/edit-draft.ts';
import { exportDrafts } from '../../app/export-drafts.ts';
import { listDrafts } from '../../app/list-drafts.ts';
import { showDraft } from '../../app/show-draft.ts';
import { DraftId } from '../../domain/draft-record.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, problems, READ_ERRORS, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const Range = {
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Only drafts whose post title, deliverable or text holds these words (case and accents do not matter)' }),
  since: z.string().max(40).optional().openapi({ description: 'Only drafts kept at or after this date or ISO time', example: '2026-12-01' }),
  until: z.string().max(40).optional().openapi({ description: 'Only drafts kept before this date or ISO time' }),
};
const ListQuery = z.object({
  ...Range,
  limit: z.coerce
    .number({ error: 'the page size must be a number, e.g. limit=20' })
    .optional()
    .openapi({ description: 'Drafts a page, 1 to 100 (default 20)' }),
  after: z.string().max(200).optional().openapi({ description: 'The `next` cursor of the previous page' }),
});
const ExportQuery = z.object({ format: z.enum(['csv', 'json'], { error: 'add format=csv or format=json' }), ...Range });
const IdParam = z.object({ id: DraftId.clone().openapi({ param: { name: 'id', in: 'path' }, example: 'f77484e25244f559' }) });
const labels = { query: 'The draft list query', param: 'The draft id', json: 'The edited draft' };

const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listDrafts',
  tags: ['drafts'],
  summary: 'Kept drafts, newest first, a page at a time',
  request: { query: ListQuery },
  responses: { 200: json(Schemas.DraftPage, 'One page and the cursor for the next (null on the last)'), ...problems(400, ...READ_ERRORS) },
});
const exported = createRoute({
  method: 'get',
  path: '/export',
  operationId: 'exportDrafts',
  tags: ['drafts'],
  summary: 'Every kept draft (or those the filters pick) as a CSV or JSON file',
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'The file, as an attachment',
      content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: Schemas.DraftExport } },
    },
    ...problems(400, ...READ_ERRORS),
  },
});
const read = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getDraft',
  tags: ['drafts'],
  summary: 'One kept draft with its findings and every version of it',
  request: { params: IdParam },
  responses: { 200: json(Schemas.DraftDetail, 'The draft and its versions, oldest first'), ...problems(400, 404, ...READ_ERRORS) },
});
const addVersion = createRoute({
  method: 'post',
  path: '/{id}/versions',
  operationId: 'addDraftVersion',
  tags: ['drafts'],
  summary: 'Save edited text as a new version, checked against the same post',
  middleware: [readsJson],
  request: { params: IdParam, body: jsonBody(Schemas.DraftEdit, { text: 'Your stock sheet drifts because pasted rows overwrite the reorder formulas...' }) },
  responses: {
    201: {
      ...json(Schemas.StoredDraft, 'The new version with its findings'),
      headers: { Location: { description: "The new version's URL", schema: { type: 'string' } } },
    },
    ...problems(...BODY_ERRORS, 404, 429),
  },
});

/** The draft history: list, export, read one, and save an edit as a new version. */
export function createDraftRoutes(deps: HttpDeps): OpenAPIHono {
  const { store } = deps;
  const app = new OpenAPIHono();
  app.openapi(
    list,
    async (c) => {
      const { q, ...query } = c.req.valid('query');
      return c.json(await listDrafts({ ...query, ...(q === undefined ? {} : { search: q }) }, store), 200);
    },
    rejectInvalid(labels),
  );
  app.openapi(
    exported,
    async (c) => {
      const { q, ...query } = c.req.valid('query');
      const file = await exportDrafts({ ...query, ...(q === undefined ? {} : { search: q }) }, store);
      const type = file.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json';
      return c.body(file.body, 200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename="bidwright-drafts.${file.format}"` });
    },
    rejectInvalid({ query: 'The export query' }),
  );
  app.openapi(read, async (c) => c.json(await showDraft(c.req.valid('param').id, store), 200), rejectInvalid(labels));
  app.openapi(
    addVersion,
    async (c) => {
      const draft = await editDraft(c.req.valid('param').id, c.req.valid('json'), deps);
      return c.json(draft, 201, { Location: `/api/drafts/${encodeURIComponent(draft.id)}` });
    },
    rejectInvalid(labels),
  );
  refuseOtherMethods(app, '/', ['get']);
  refuseOtherMethods(app, '/export', ['get']);
  refuseOtherMethods(app, '/{id}', ['get'], { params: IdParam });
  refuseOtherMethods(app, '/{id}/versions', ['post'], { params: IdParam });
  return app;
}
