/** GET /lint shows the form; POST /lint checks the draft and shows the findings. */
import { Hono } from 'hono';
import { isBidwrightError } from '../../../domain/errors.ts';
import { lint } from '../../../app/lint.ts';
import type { HttpDeps } from '../../deps.ts';
import { describeFailure } from '../failure.ts';
import { readForm, splitList } from '../form.ts';
import { lintPage } from '../views/lint-page.ts';

/** The lint routes. */
export function createLintRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .get('/lint', (c) => c.html(lintPage({ values: {} })))
    .post('/lint', async (c) => {
      const { values, lists } = await readForm(c);
      try {
        const jobPost = (values.jobPost ?? '').trim() === '' ? null : values.jobPost;
        const citations = splitList(values.citations);
        // Ticked instructions count only with the post they came from.
        const acceptedInstructions = jobPost === null ? [] : (lists.accept ?? []).map(Number);
        const report = await lint({ text: values.text ?? '', jobPost, citations, acceptedInstructions }, deps);
        return c.html(lintPage({ values, report }));
      } catch (error) {
        if (!isBidwrightError(error)) throw error;
        const failure = describeFailure(error, ['text', 'jobPost', 'citations', 'acceptedInstructions'], 'text');
        return c.html(lintPage({ values, error: failure }), failure.status);
      }
    });
}
