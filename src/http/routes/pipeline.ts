/**
 * /api/pipeline: the 30-day reality test. Track a sent proposal, record what happened to it, read
 * the funnel, list the tracked proposals a page at a time, and export them as CSV or JSON.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ExportFormat, exportPipeline } from '../../app/export-pipeline.ts';
import { listTracked } from '../../app/list-tracked.ts';
import type { PipelineDeps } from '../../app/pipeline-deps.ts';
import { FunnelQuery, readFunnel } from '../../app/read-funnel.ts';
import { recordEvent } from '../../app/record-event.ts';
import { trackProposal } from '../../app/track-proposal.ts';
import { Funnel } from '../../domain/funnel-report.ts';
import { RecordEventRequest, TrackedProposalStatus, TrackProposalRequest } from '../../domain/pipeline.ts';
import { named } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { BODY_ERRORS, json, jsonBody, problems, READ_ERRORS, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const Created = named(z.object({ id: z.string() }), 'PipelineCreated');
const ProposalIdParam = z.object({ id: z.string().min(1).max(80) });
const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  after: z.string().optional(),
  since: z.string().optional(),
  until: z.string().optional(),
});
const ProposalPage = named(z.object({ items: z.array(TrackedProposalStatus), next: z.string().nullable() }), 'TrackedProposalPage');
const EXAMPLE = {
  jobTitle: 'Shopify stock sync for a two-warehouse store',
  sentAt: '2026-12-01T09:30:00Z',
  offer: 'stock-audit',
  proofIds: ['stock-sheet-rebuild'],
  tone: 'warm',
  connects: 16,
};

const track = createRoute({
  method: 'post',
  path: '/proposals',
  operationId: 'trackProposal',
  tags: ['pipeline'],
  summary: 'Track a proposal you sent (with the draft id, its rubric result is taken from the stored draft)',
  middleware: [readsJson],
  request: { body: jsonBody(named(TrackProposalRequest, 'TrackProposalRequest'), EXAMPLE) },
  responses: { 201: json(Created, 'Tracked; the id to record events under'), ...problems(...BODY_ERRORS, 404) },
});
const record = createRoute({
  method: 'post',
  path: '/proposals/{id}/events',
  operationId: 'recordPipelineEvent',
  tags: ['pipeline'],
  summary: 'Record what happened to a tracked proposal (viewed, replied, interview, hired, declined, no_response)',
  middleware: [readsJson],
  request: { params: ProposalIdParam, body: jsonBody(named(RecordEventRequest, 'RecordEventRequest'), { type: 'replied', at: '2026-12-02T14:00:00Z' }) },
  responses: { 201: json(Created, 'Recorded'), ...problems(...BODY_ERRORS, 404) },
});
const list = createRoute({
  method: 'get',
  path: '/proposals',
  operationId: 'listTrackedProposals',
  tags: ['pipeline'],
  summary: 'Tracked proposals, newest sent first, with their events and stage; `next` is the cursor for `after`',
  request: { query: ListQuery },
  responses: { 200: json(ProposalPage, 'One page'), ...problems(400, ...READ_ERRORS) },
});
const funnel = createRoute({
  method: 'get',
  path: '/funnel',
  operationId: 'readFunnel',
  tags: ['pipeline'],
  summary: 'The funnel of the last `days` days (default 30): stages, rates with their counts, breakdowns, Connects, objections, diagnosis',
  request: { query: FunnelQuery },
  responses: { 200: json(named(Funnel, 'Funnel'), 'The funnel'), ...problems(400, ...READ_ERRORS) },
});
const exportAll = createRoute({
  method: 'get',
  path: '/export',
  operationId: 'exportPipeline',
  tags: ['pipeline'],
  summary: 'Every tracked proposal with its events, as CSV (one row a proposal) or JSON',
  request: { query: z.object({ format: ExportFormat.default('json') }) },
  responses: {
    200: {
      description: 'The export, as a download',
      content: {
        'text/csv': { schema: z.string() },
        'application/json': { schema: z.object({ exportedAt: z.string(), proposals: z.array(TrackedProposalStatus) }) },
      },
    },
    ...problems(400, ...READ_ERRORS),
  },
});

/** The pipeline routes. */
export function createPipelineRoutes(deps: HttpDeps): OpenAPIHono {
  const pipeline: PipelineDeps = { store: deps.store, clock: deps.clock, thresholds: deps.funnelThresholds };
  const app = new OpenAPIHono();
  app.openapi(
    track,
    async (c) => c.json({ id: (await trackProposal(c.req.valid('json'), pipeline)).id }, 201),
    rejectInvalid({ json: 'The tracked proposal' }),
  );
  app.openapi(
    record,
    async (c) => c.json({ id: (await recordEvent(c.req.valid('param').id, c.req.valid('json'), pipeline)).id }, 201),
    rejectInvalid({ json: 'The event', param: 'The proposal id' }),
  );
  app.openapi(list, async (c) => c.json(await listTracked(c.req.valid('query'), pipeline), 200), rejectInvalid({ query: 'The page request' }));
  app.openapi(funnel, async (c) => c.json(await readFunnel(c.req.valid('query'), pipeline), 200), rejectInvalid({ query: 'The funnel request' }));
  app.openapi(
    exportAll,
    async (c) => {
      const file = await exportPipeline(c.req.valid('query').format, pipeline);
      return c.body(file.body, 200, { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.fileName}"` });
    },
    rejectInvalid({ query: 'The export request' }),
  );
  refuseOtherMethods(app, '/proposals', ['get', 'post']);
  refuseOtherMethods(app, '/proposals/{id}/events', ['post'], { params: ProposalIdParam });
  refuseOtherMethods(app, '/funnel', ['get']);
  refuseOtherMethods(app, '/export', ['get']);
  return app;
}
