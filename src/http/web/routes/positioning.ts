/**
 * GET /profile/suggest shows the form; POST /profile/suggest runs the suggestion; POST
 * /profile/suggest/use writes a suggested headline or niche into the profile and goes back to it.
 */
import { Hono } from 'hono';
import { suggestPositioning } from '../../../app/suggest-positioning.ts';
import { updateProfile } from '../../../app/update-profile.ts';
import { isBidwrightError } from '../../../domain/errors.ts';
import type { HttpDeps } from '../../deps.ts';
import { describeFailure, fieldError } from '../failure.ts';
import { readForm } from '../form.ts';
import { positioningPage } from '../views/positioning-page.ts';

/** The positioning routes. */
export function createPositioningRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .get('/profile/suggest', (c) => c.html(positioningPage({ values: {} })))
    .post('/profile/suggest', async (c) => {
      const { values } = await readForm(c);
      const tasks = (values.tasks ?? '').trim();
      try {
        const result = await suggestPositioning(tasks === '' ? {} : { tasks }, deps);
        return c.html(positioningPage({ values, result }));
      } catch (error) {
        if (!isBidwrightError(error)) throw error;
        const failure = describeFailure(error, ['tasks'], 'tasks');
        return c.html(positioningPage({ values, error: failure }), failure.status);
      }
    })
    .post('/profile/suggest/use', async (c) => {
      const { values } = await readForm(c);
      const field = values.field === 'niche' ? 'niche' : values.field === 'headline' ? 'headline' : null;
      if (field === null) throw fieldError('field', 'Choose the headline or the niche to use.');
      await updateProfile({ [field]: (values.value ?? '').trim() }, deps.store);
      return c.redirect('/profile?saved=1', 303);
    });
}
