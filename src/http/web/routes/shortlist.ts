/** GET /shortlist shows the form; POST /shortlist triages the pasted or uploaded posts and ranks them. */
import { Hono } from 'hono';
import { shortlist } from '../../../app/shortlist.ts';
import { isBidwrightError } from '../../../domain/errors.ts';
import { readBatch } from '../../../parse/batch-posts.ts';
import { exportShortlist } from '../../../render/shortlist-export.ts';
import type { HttpDeps } from '../../deps.ts';
import { describeFailure } from '../failure.ts';
import { readForm } from '../form.ts';
import { shortlistPage } from '../views/shortlist-page.ts';

/** The shortlist routes. */
export function createShortlistRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .get('/shortlist', (c) => c.html(shortlistPage({ values: {} })))
    .post('/shortlist', async (c) => {
      const { values, files } = await readForm(c);
      const upload = files.file?.size ? files.file : undefined;
      try {
        const text = upload ? await upload.text() : (values.posts ?? '');
        const batch = readBatch(text, { name: upload?.name });
        const list = await shortlist({ batch }, deps);
        // The page keeps each post's text, so its "draft" button can send it to the home page.
        const posts = batch.posts.map((post) => post.text);
        const exportText = { csv: exportShortlist(list, 'csv'), json: exportShortlist(list, 'json') };
        return c.html(shortlistPage({ values, result: { list, posts, exportText } }));
      } catch (error) {
        if (!isBidwrightError(error)) throw error;
        const failure = describeFailure(error, ['posts', 'file'], upload ? 'file' : 'posts');
        return c.html(shortlistPage({ values, error: failure }), failure.status);
      }
    });
}
