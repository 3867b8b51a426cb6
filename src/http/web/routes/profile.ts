/** GET /profile shows the profile; POST /profile saves it and redirects back. */
import { Hono } from 'hono';
import { isBidwrightError } from '../../../domain/errors.ts';
import { updateProfile } from '../../../app/update-profile.ts';
import { setupState } from '../../../app/load-example.ts';
import type { HttpDeps } from '../../deps.ts';
import { describeFailure } from '../failure.ts';
import { parseAmount, readForm, splitList, type FormValues } from '../form.ts';
import { profilePage, profileValues } from '../views/profile-page.ts';

const FIELDS = ['name', 'headline', 'niche', 'rateFloor', 'targetRate', 'currency', 'skills', 'tone', 'avoidWords', 'allowedLinks'] as const;

/** The form as a full profile patch; the core checks each field. */
function patchFrom(values: FormValues): Record<string, unknown> {
  return {
    name: (values.name ?? '').trim(),
    headline: (values.headline ?? '').trim(),
    niche: (values.niche ?? '').trim(),
    rateFloor: parseAmount(values.rateFloor, 'rateFloor', 'The rate floor'),
    targetRate: parseAmount(values.targetRate, 'targetRate', 'The target rate'),
    currency: (values.currency ?? '').trim().toUpperCase() || 'USD',
    skills: splitList(values.skills),
    tone: values.tone ?? 'plain',
    avoidWords: splitList(values.avoidWords),
    allowedLinks: splitList(values.allowedLinks, /\r?\n/),
  };
}

/** The profile routes. */
export function createProfileRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .get('/profile', async (c) => {
      const message = c.req.query('saved') === '1' ? 'Profile saved.' : undefined;
      const [profile, setup] = await Promise.all([deps.store.getProfile(), setupState(deps.store)]);
      return c.html(profilePage({ values: profileValues(profile), message, setup }));
    })
    .post('/profile', async (c) => {
      const { values } = await readForm(c);
      try {
        await updateProfile(patchFrom(values), deps.store);
        return c.redirect('/profile?saved=1', 303);
      } catch (error) {
        if (!isBidwrightError(error)) throw error;
        const failure = describeFailure(error, FIELDS);
        return c.html(profilePage({ values, error: failure }), failure.status);
      }
    });
}
