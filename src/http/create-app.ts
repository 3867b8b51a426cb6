/**
 * The HTTP app: middleware in a fixed order (request id, access log, security headers, the host
 * allowlist, then with a token the failed-login limit, the Bearer token on /api/* and the session
 * everywhere else but OPEN_PATHS; the body limit; the work limit), one route file per resource, the
 * docs, the web form at '/', and one error handler. Pure wiring: routes declare their schemas, call
 * the core and serialise; the OpenAPI document is generated from those declarations.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { BlankEnv } from 'hono/types';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { requestId } from 'hono/request-id';
import { createApiDocument } from './api-document.ts';
import type { HttpDeps } from './deps.ts';
import { createDocsRoutes } from './docs/routes.ts';
import { accessLog } from './middleware/access-log.ts';
import { allowHosts, isAllowedHost } from './middleware/allowed-hosts.ts';
import { bearerOf, createTokenCheck, requireToken } from './middleware/auth.ts';
import { createRateLimiters } from './middleware/rate-limit.ts';
import { createSessions, requireSession } from './middleware/session.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { createErrorHandler, createNotFoundHandler, HttpProblem } from './problem.ts';
import { rejectInvalid } from './route-kit.ts';
import { createAuditRoutes } from './routes/audits.ts';
import { createCaseStudyRoutes } from './routes/case-studies.ts';
import { createDraftRoutes } from './routes/drafts.ts';
import { createHealthRoutes } from './routes/health.ts';
import { createLintRoutes } from './routes/lint.ts';
import { createOfferRoutes } from './routes/offers.ts';
import { createOpenApiRoutes } from './routes/openapi.ts';
import { createPipelineRoutes } from './routes/pipeline.ts';
import { createPositioningRoutes } from './routes/positioning.ts';
import { createProfileRoutes } from './routes/profile.ts';
import { createProofRoutes } from './routes/proof.ts';
import { createProposalRoutes } from './routes/proposals.ts';
import { createTriageRoutes } from './routes/triage.ts';
import { createShortlistRoutes } from './routes/shortlist.ts';
import { createPageErrorHandler, createWebRoutes, pageNotFound } from './web/index.ts';

function tooLarge(limit: number): never {
  throw new HttpProblem(
    413,
    'payload-too-large',
    'The body is too large',
    `The request body is over the limit of ${limit.toLocaleString('en-US')} bytes (BIDWRIGHT_BODY_LIMIT). Send less text, e.g. only the job's title, description and details.`,
  );
}

/** Paths the web session does not guard: the API (it takes the Bearer token instead), the login page, its assets, and liveness. */
const OPEN_PATHS = ['/api/*', '/assets/*', '/healthz', '/login'];
/** The posts that run the engine, web and API: the ones worth flooding, so the ones rate-limited. */
const WORK_PATHS = [
  '/api/triage',
  '/api/proposals',
  '/api/offers',
  '/api/audits',
  '/api/lint',
  '/api/case-studies',
  '/api/drafts/*',
  '/',
  '/offers',
  '/audit',
  '/lint',
  '/api/triage/batch',
  '/shortlist',
  '/case-studies',
  '/api/profile/suggestions',
  '/profile/suggest',
];

/** Builds the app from its dependencies; nothing is shared between two apps. */
export function createApp(deps: HttpDeps): OpenAPIHono<BlankEnv> {
  // A route without its own hook still answers a failed check with the app's problem shape.
  const app = new OpenAPIHono<BlankEnv>({ defaultHook: rejectInvalid() });
  const { allowedHosts, trustProxy } = deps.access;
  const sessions = createSessions({ trustProxy });
  const hasToken = createTokenCheck(deps.token);
  const limits = createRateLimiters(deps.access, (c) => hasToken(bearerOf(c)));
  const authenticated = async (c: Context) => deps.token === undefined || hasToken(bearerOf(c)) || (await sessions.active(c));

  app.use('*', requestId());
  app.use('*', accessLog(deps.logger));
  app.use('*', securityHeaders());
  // /healthz answers any name, so a probe can use the address; it shows its detail only to allowed hosts.
  app.use('*', except('/healthz', allowHosts(allowedHosts)));
  if (deps.token !== undefined) {
    app.use('/api/*', limits.loginFailures);
    app.post('/login', limits.loginFailures);
    app.use('/api/*', requireToken(deps.token));
    app.use('*', except(OPEN_PATHS, requireSession(sessions)));
  }
  app.use('*', bodyLimit({ maxSize: deps.bodyLimit, onError: () => tooLarge(deps.bodyLimit) }));
  app.on('POST', WORK_PATHS, limits.work);

  const document = createApiDocument(app);
  app.route(
    '/healthz',
    createHealthRoutes(deps, async (c) => isAllowedHost(c, allowedHosts) && (await authenticated(c))),
  );
  app.route('/api/openapi.json', createOpenApiRoutes(document));
  app.route('/api/triage/batch', createShortlistRoutes(deps));
  app.route('/api/triage', createTriageRoutes(deps));
  app.route('/api/proposals', createProposalRoutes(deps));
  app.route('/api/offers', createOfferRoutes(deps));
  app.route('/api/audits', createAuditRoutes(deps));
  app.route('/api/lint', createLintRoutes(deps));
  app.route('/api/case-studies', createCaseStudyRoutes(deps));
  app.route('/api/proof', createProofRoutes(deps));
  app.route('/api/profile', createProfileRoutes(deps));
  app.route('/api/profile/suggestions', createPositioningRoutes(deps));
  app.route('/api/pipeline', createPipelineRoutes(deps));
  app.route('/api/drafts', createDraftRoutes(deps));
  app.route('/docs', createDocsRoutes(document));
  app.route('/', createWebRoutes(deps, sessions));

  // The API and /healthz answer problem+json; everything else is a page a person reads.
  const forApi = (c: Context) => /^\/(?:api|healthz)(?:\/|$)/.test(c.req.path);
  const apiError = createErrorHandler(deps.logger);
  const pageError = createPageErrorHandler(deps);
  const apiNotFound = createNotFoundHandler();
  app.onError((error, c) => (forApi(c) ? apiError(error, c) : pageError(error, c)));
  app.notFound((c) => (forApi(c) ? apiNotFound(c) : pageNotFound(c)));
  return app;
}
