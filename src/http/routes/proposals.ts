import { Hono, type Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { propose, proposeStream, type ProposeEvent, type ProposeRequest } from '../../app/propose.ts';
import type { HttpDeps } from '../deps.ts';
import { methodNotAllowed, readJson } from '../json-body.ts';
import { problemFor } from '../problem.ts';

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

/** POST /api/proposals {jobPost, tone?, length?}: JSON, or Server-Sent Events when asked for. */
export function createProposalRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .post('/', async (c) => {
      // The core validates the body; the cast only names what it will check.
      const request = (await readJson(c)) as ProposeRequest;
      if (wantsStream(c)) return streamProposal(c, request, deps);
      return c.json(await propose(request, deps));
    })
    .all('/', methodNotAllowed('POST'));
}
