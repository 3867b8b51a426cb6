/**
 * Refusals that happen before any route runs (unknown host, too many requests, not logged in) answer
 * in the caller's language: problem+json for the API and /healthz, a page for the web form.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { problemResponse, requestIdOf, toProblem, type HttpProblem } from './problem.ts';
import { messagePage } from './web/views/message-page.ts';

/** True for the paths whose callers are programs, not people. */
function isApiPath(path: string): boolean {
  return path === '/healthz' || path.startsWith('/api/');
}

/** The answer for `problem` on this request: problem+json or a page, with the problem's headers. */
export function refuse(c: Context, problem: HttpProblem, back?: { href: string; label: string }): Response | Promise<Response> {
  const requestId = requestIdOf(c);
  if (isApiPath(c.req.path)) return problemResponse(c, toProblem(problem, { instance: c.req.path, requestId }));
  const page = messagePage({ title: problem.title, message: problem.message, requestId, ...(back === undefined ? {} : { back }) });
  return c.html(page, problem.status as ContentfulStatusCode, problem.headers);
}
