import { Hono } from 'hono';
import { rewriteOffer, type OfferRequest } from '../../app/rewrite-offer.ts';
import type { HttpDeps } from '../deps.ts';
import { methodNotAllowed, readJson } from '../json-body.ts';

/** POST /api/offers {offer}: a task offer rewritten as an outcome-led one. */
export function createOfferRoutes(deps: HttpDeps): Hono {
  return new Hono()
    // The core validates the body; the cast only names what it will check.
    .post('/', async (c) => c.json(await rewriteOffer((await readJson(c)) as OfferRequest, deps)))
    .all('/', methodNotAllowed('POST'));
}
