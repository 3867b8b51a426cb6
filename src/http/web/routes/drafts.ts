/**
 * GET /drafts lists the history; GET /drafts/export downloads it; GET /drafts/:id opens one draft;
 * POST /drafts/:id checks an edit again ("check") or saves it as a new version ("save").
 */
import { Hono } from 'hono';
import { editDraft } from '../../../app/edit-draft.ts';
import { exportDrafts } from '../../../app/export-drafts.ts';
import { lint } from '../../../app/lint.ts';
import { listDrafts } from '../../../app/list-drafts.ts';
import { showDraft } from '../../../app/show-draft.ts';
import { isBidwrightError } from '../../../domain/errors.ts';
import type { HttpDeps } from '../../deps.ts';
import { publicMessage } from '../../problem.ts';
import { describeFailure } from '../failure.ts';
import { readForm } from '../form.ts';
import { draftPage } from '../views/draft-page.ts';
import { draftsPage } from '../views/drafts-page.ts';

const FILTERS = ['q', 'since', 'until'] as const;

/** The draft history pages. */
export function createDraftRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .get('/drafts', async (c) => {
      const filters = new URLSearchParams(FILTERS.flatMap((name): Array<[string, string]> => (c.req.query(name) ? [[name, c.req.query(name) ?? '']] : [])));
      const search = c.req.query('q') ?? '';
      const request = { search, since: c.req.query('since'), until: c.req.query('until'), after: c.req.query('after') };
      try {
        return c.html(draftsPage({ result: await listDrafts(request, deps.store), search, filters }));
      } catch (error) {
        if (!isBidwrightError(error) || error.code !== 'INVALID_INPUT') throw error;
        const empty = { items: [], next: null };
        return c.html(draftsPage({ result: empty, search, filters: new URLSearchParams(), error: publicMessage(error) }), 400);
      }
    })
    .get('/drafts/export', async (c) => {
      const format = c.req.query('format') === 'json' ? 'json' : 'csv';
      const file = await exportDrafts({ format, search: c.req.query('q'), since: c.req.query('since'), until: c.req.query('until') }, deps.store);
      const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json';
      return c.body(file.body, 200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename="bidwright-drafts.${format}"` });
    })
    .get('/drafts/:id', async (c) => {
      const detail = await showDraft(c.req.param('id'), deps.store);
      const notice = c.req.query('saved') === undefined ? undefined : `Saved as version ${detail.draft.version}.`;
      return c.html(draftPage({ detail, text: detail.draft.text, findings: detail.draft.findings ?? [], notice }));
    })
    .post('/drafts/:id', async (c) => {
      const id = c.req.param('id');
      const { values } = await readForm(c);
      const text = values.text ?? '';
      try {
        if (values.action === 'save') {
          const saved = await editDraft(id, { text }, deps);
          return c.redirect(`/drafts/${encodeURIComponent(saved.id)}?saved=1`, 303);
        }
        const report = await lint({ text, draftId: id, keep: false }, deps);
        return c.html(draftPage({ detail: await showDraft(id, deps.store), text, findings: report.findings }));
      } catch (error) {
        if (!isBidwrightError(error) || error.code !== 'INVALID_INPUT') throw error;
        const failure = describeFailure(error, ['text'], 'text');
        const detail = await showDraft(id, deps.store);
        return c.html(draftPage({ detail, text, findings: [], error: failure }), failure.status);
      }
    });
}
