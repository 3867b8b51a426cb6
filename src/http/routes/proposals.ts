import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { z } from 'zod';
import { propose, proposeStream, type ProposeEvent, type ProposeRequest } from '../../app/propose.ts';
import { Schemas } from '../components.ts';
import type { HttpDeps } from '../deps.ts';
import { problemFor } from '../problem.ts';
import { BODY_ERRORS, jsonBody, MODEL_ERRORS, problems, readsJson, refuseOtherMethods, rejectInvalid } from '../route-kit.ts';

const wantsStream = (c: Context) => (c.req.header('accept') ?? '').toLowerCase().includes('text/event-stream');

async function send(stream: SSEStreamingApi, event: ProposeEvent): Promise<void> {
  if (event.type === 'partial') await stream.writeSSE({ event: 'partial', data: JSON.stringify(event.draft) });
  else await stream.writeSSE({ event: 'final', data: JSON.stringify(event.proposal) });
}

/**
 * Streams `partial` events (the draft so far), then `final` (the scored proposal). Bad input fails
 * before the stream opens, so it is an ordinary 400 problem; a failure mid-stream is an `error`
 * event carrying the problem, since the status line has already gone.
 */
async function streamProposal(c: Context, request: ProposeRequest, deps: HttpDeps): Promise<Response> {
  const events = proposeStream(request, deps);
  const first = await events.next();
  return streamSSE(c, async (stream) => {
    try {
      if (first.done !== true) await send(stream, first.value);
      for (let next = await events.next(); next.done !== true; next = await events.next()) {
        // A client that went away stops the drafting; nothing is half-written (drafts save at the end).
        if (stream.aborted) {
          await events.return(undefined);
          return;
        }
        await send(stream, next.value);
      }
    } catch (error) {
      const problem = problemFor(error, c, deps.logger);
      // Nobody is listening any more when the client went away; the failure is logged either way.
      if (!stream.aborted) await stream.writeSSE({ event: 'error', data: JSON.stringify(problem) }).catch(() => undefined);
    }
  });
}

const EVENTS =
  'Sent when the request has `Accept: text/event-stream`. Events: `partial` (the draft so far, JSON), ' +
  'then `final` (a Proposal, JSON); `error` (a Problem, JSON) if drafting fails once the stream has started.';

const route = createRoute({
  method: 'post',
  path: '/',
  operationId: 'propose',
  tags: ['drafting'],
  summary: 'Draft a diagnosis-first proposal (JSON, or Server-Sent Events with Accept: text/event-stream)',
  middleware: [readsJson],
  request: {
    body: jsonBody(Schemas.ProposeRequest, { jobPost: 'Fixed-price $600\nClean up our inventory spreadsheet before the stock count...', tone: 'plain' }),
  },
  responses: {
    200: {
      description: 'The scored proposal, as JSON or as a stream of events',
      content: {
        'application/json': { schema: Schemas.Proposal },
        'text/event-stream': { schema: z.string().describe(EVENTS) },
      },
    },
    ...problems(...BODY_ERRORS, ...MODEL_ERRORS),
  },
});

/** POST /api/proposals {jobPost, tone?, length?, variant?}: JSON, or Server-Sent Events when asked for. */
export function createProposalRoutes(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(
    route,
    async (c) => {
      const request = c.req.valid('json');
      if (wantsStream(c)) return streamProposal(c, request, deps);
      return c.json(await propose(request, deps), 200);
    },
    rejectInvalid({ json: 'The proposal request' }),
  );
  refuseOtherMethods(app, '/', ['post']);
  return app;
}
