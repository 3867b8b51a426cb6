/**
 * The server-rendered web form, mounted at '/' by createApp: the draft page, the proof library,
 * profile, offers, audit and lint pages, and their static assets. Every page works without
 * JavaScript; the modules under /assets/ add streaming, live counts and copy buttons on top.
 */
import { Hono, type Context } from 'hono';
import { except } from 'hono/combine';
import { HTTPException } from 'hono/http-exception';
import { isBidwrightError } from '../../domain/errors.ts';
import type { HttpDeps } from '../deps.ts';
import { formGuard } from '../middleware/allowed-hosts.ts';
import type { Sessions } from '../middleware/session.ts';
import { createAssetRoutes, loadAssets } from './assets.ts';
import { publicMessage } from '../problem.ts';
import { statusFor, webHint } from './failure.ts';
import { createAuditRoutes } from './routes/audit.ts';
import { createDraftRoutes } from './routes/drafts.ts';
import { createCaseStudyRoutes } from './routes/case-studies.ts';
import { createHomeRoutes } from './routes/home.ts';
import { createLintRoutes } from './routes/lint.ts';
import { createLoginRoutes } from './routes/login.ts';
import { createOfferRoutes } from './routes/offers.ts';
import { createPositioningRoutes } from './routes/positioning.ts';
import { createPipelineRoutes } from './routes/pipeline.ts';
import { createProfileRoutes } from './routes/profile.ts';
import { createProofRoutes } from './routes/proof.ts';
import { createShortlistRoutes } from './routes/shortlist.ts';
import { createSetupRoutes } from './routes/setup.ts';
import { messagePage } from './views/message-page.ts';

function requestIdOf(c: Context): string | undefined {
  const id: unknown = c.get('requestId' as never);
  return typeof id === 'string' ? id : undefined;
}

/** A status another layer attached to its error (hono's HTTPException, the app's HTTP problems). */
function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/** Errors on a web page become a page, never a stack trace; unexpected ones are logged. */
export function createPageErrorHandler(deps: HttpDeps) {
  return (error: Error, c: Context) => {
    const requestId = requestIdOf(c);
    if (error instanceof HTTPException && error.status === 403) {
      const message = 'This form was sent from another site or an old page, so it was refused to protect your data. Reload the page and send the form again.';
      return c.html(messagePage({ title: 'Form refused', message, requestId }), 403);
    }
    if (isBidwrightError(error)) {
      const status = statusFor(error);
      // The full message names files and model servers: the log has it, the page a plain one.
      if (status >= 500)
        deps.logger.log({ level: 'error', msg: 'web page failed', requestId, method: c.req.method, path: c.req.path, code: error.code, detail: error.message });
      return c.html(messagePage({ title: 'Could not do that', message: publicMessage(error), hint: webHint(error), requestId }), status);
    }
    const status = statusOf(error);
    if (status !== null) {
      return c.html(messagePage({ title: 'Request refused', message: error.message || 'The request was refused.', requestId }), status as 400);
    }
    deps.logger.log({ level: 'error', msg: 'web page failed', requestId, method: c.req.method, path: c.req.path, stack: error.stack ?? error.message });
    const message = 'Something went wrong on our side. It has been logged; try again, and report it with the request id if it keeps happening.';
    return c.html(messagePage({ title: 'Something went wrong', message, requestId }), 500);
  };
}

/** An unknown address outside the API: a page in the site's look, not JSON. */
export function pageNotFound(c: Context): Response | Promise<Response> {
  const message = 'There is no page at this address. The links at the top of the page lead to every part of bidwright.';
  return c.html(messagePage({ title: 'Page not found', message, requestId: requestIdOf(c) }), 404);
}

/**
 * Builds the web routes; mount them at '/'. Every form post, login and logout included, passes the
 * CSRF check; whether a session is needed is createApp's business, so these routes never ask.
 */
export function createWebRoutes(deps: HttpDeps, sessions: Sessions): Hono {
  const app = new Hono();
  app.onError(createPageErrorHandler(deps));
  app.route('/', createAssetRoutes(loadAssets()));
  // Mounted at '/', this middleware also sees API paths no API route answered: leave those to the API.
  app.use('*', except('/api/*', formGuard(deps.access.allowedHosts)));
  app.route('/', createLoginRoutes(deps, sessions));
  app.route('/', createHomeRoutes(deps));
  app.route('/', createProofRoutes(deps));
  app.route('/', createProfileRoutes(deps));
  app.route('/', createShortlistRoutes(deps));
  app.route('/', createPipelineRoutes(deps));
  app.route('/', createOfferRoutes(deps));
  app.route('/', createAuditRoutes(deps));
  app.route('/', createLintRoutes(deps));
  app.route('/', createDraftRoutes(deps));
  app.route('/', createCaseStudyRoutes(deps));
  app.route('/', createPositioningRoutes(deps));
  app.route('/', createSetupRoutes(deps));
  return app;
}
