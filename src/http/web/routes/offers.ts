/** GET /offers shows the form; POST /offers rewrites the offer and shows it under the form. */
import { Hono } from 'hono';
import { isBidwrightError } from '../../../domain/errors.ts';
import { rewriteOffer } from '../../../app/rewrite-offer.ts';
import type { HttpDeps } from '../../deps.ts';
import { describeFailure } from '../failure.ts';
import { readForm } from '../form.ts';
import { offerPage } from '../views/offer-page.ts';

/** The offer rewrite routes. */
export function createOfferRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .get('/offers', (c) => c.html(offerPage({ values: {} })))
    .post('/offers', async (c) => {
      const { values } = await readForm(c);
      try {
        const offer = await rewriteOffer({ offer: values.offer ?? '' }, deps);
        return c.html(offerPage({ values, offer }));
      } catch (error) {
        if (!isBidwrightError(error)) throw error;
        const failure = describeFailure(error, ['offer'], 'offer');
        return c.html(offerPage({ values, error: failure }), failure.status);
      }
    });
}
