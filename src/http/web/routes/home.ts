/**
 * GET / shows the form; POST / triages the post and drafts the proposal on the server, or, when
 * the page's script asked to stream, renders the triage and leaves the draft to stream from the API.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isBidwrightError } from '../../../domain/errors.ts';
import { propose, ProposeRequest } from '../../../app/propose.ts';
import { triage } from '../../../app/triage.ts';
import { setupState } from '../../../app/load-example.ts';
import { parseOrThrow } from '../../../domain/validate.ts';
import type { HttpDeps } from '../../deps.ts';
import { describeFailure } from '../failure.ts';
import { readForm, type FormValues } from '../form.ts';
import { homePage, type HomePageOptions } from '../views/home-page.ts';

const FIELDS = ['jobPost', 'tone', 'length'] as const;

/**
 * The variant to draft. "Triage and draft" starts a post at 0; the Regenerate button, pressed
 * without the page's script, asks for the one after the variant shown; otherwise (the script's
 * fallback, which has already counted the press) the form's own number stands.
 */
function variantFrom(values: FormValues): number {
  if (values.action === 'draft') return 0;
  const shown = values.variant === undefined || values.variant.trim() === '' ? 0 : Number(values.variant);
  return values.action === 'regenerate' ? shown + 1 : shown;
}

/**
 * The request the form makes. Ticked instructions count unless the user pressed "Triage and
 * draft" (a new post starts with none accepted); Regenerate and the script's fallback keep them.
 */
function requestFrom(values: FormValues, ticked: readonly string[]): ProposeRequest {
  const blankToUndefined = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
  const accepted = values.action === 'draft' ? [] : ticked.map(Number);
  const raw = {
    jobPost: values.jobPost ?? '',
    tone: blankToUndefined(values.tone),
    length: blankToUndefined(values.length),
    variant: variantFrom(values),
    acceptedInstructions: accepted,
  };
  return parseOrThrow(ProposeRequest, raw, 'The form');
}

/** The draft page's routes. */
export function createHomeRoutes(deps: HttpDeps): Hono {
  const streamable = deps.token === undefined;
  const render = async (c: Context, options: Omit<HomePageOptions, 'profileTone' | 'streamable' | 'setup'>, status: ContentfulStatusCode = 200) => {
    const [profile, setup] = await Promise.all([deps.store.getProfile(), setupState(deps.store)]);
    return c.html(homePage({ ...options, profileTone: profile.tone, streamable, setup }), status);
  };

  return new Hono()
    .get('/', (c) => render(c, { values: { length: 'standard' } }))
    .post('/', async (c) => {
      const { values: posted, lists } = await readForm(c);
      let values = posted;
      try {
        const request = requestFrom(posted, lists.accept ?? []);
        // The form carries the variant drafted, so the next Regenerate knows where it is.
        values = { ...posted, variant: String(request.variant) };
        const result = await triage(request.jobPost, deps);
        // The browser streams the draft itself only when it asked to and the API is open to it.
        const accepted = request.acceptedInstructions ?? [];
        if (values.stream === '1' && streamable) return await render(c, { values, triage: result, proposal: null, accepted });
        const proposal = await propose(request, deps);
        return await render(c, { values, triage: result, proposal, accepted });
      } catch (error) {
        if (!isBidwrightError(error)) throw error;
        const failure = describeFailure(error, FIELDS, 'jobPost');
        return render(c, { values, error: failure }, failure.status);
      }
    });
}
