/**
 * The proof library pages. Every write is a POST behind the CSRF origin check and answers with a
 * redirect (POST-redirect-GET), so reloading never repeats it.
 */
import { Hono, type Context } from 'hono';
import { isBidwrightError, type BidwrightError } from '../../../domain/errors.ts';
import { addProof, getProof, importProof, proofIdFor, removeProof } from '../../../app/manage-proof.ts';
import { setupState } from '../../../app/load-example.ts';
import type { HttpDeps } from '../../deps.ts';
import { describeFailure, webHint } from '../failure.ts';
import { readForm } from '../form.ts';
import { importedJson, itemFrom, listMessage } from '../proof-form.ts';
import { messagePage } from '../views/message-page.ts';
import { proofDeletePage, proofFormPage, proofImportPage, proofListPage, proofValues } from '../views/proof-pages.ts';

const FIELDS = ['id', 'kind', 'title', 'clientType', 'problem', 'approach', 'result', 'metrics', 'skills', 'link', 'public'] as const;

/**
 * The page for an id in the path that names no item (an invalid id names none either). Other
 * failures, such as a broken data file, go to the shared error page with their own status.
 */
function notFound(c: Context, error: BidwrightError) {
  if (error.code !== 'NOT_FOUND' && error.code !== 'INVALID_INPUT') throw error;
  const hint = webHint(error);
  // The hint's link and the way back would both lead to the library: show the text only.
  return c.html(
    messagePage({
      title: 'Proof not found',
      message: error.message,
      hint: hint && { text: hint.text },
      section: 'proof',
      back: { href: '/proof', label: 'Back to the library' },
    }),
    404,
  );
}

/** Renders a core failure on a proof page, or rethrows what is not ours to explain. */
function failed(error: unknown): ReturnType<typeof describeFailure> {
  if (!isBidwrightError(error)) throw error;
  return describeFailure(error, FIELDS, undefined);
}

/** The proof library routes under /proof. */
export function createProofRoutes(deps: HttpDeps): Hono {
  const { store } = deps;
  const app = new Hono();
  app.get('/proof', async (c) => c.html(proofListPage(await store.listProof(), listMessage(c.req.query()), await setupState(store))));

  app.get('/proof/export', async (c) => {
    c.header('Content-Disposition', 'attachment; filename="proof.json"');
    return c.json(await store.listProof());
  });

  app.get('/proof/new', (c) => c.html(proofFormPage({ mode: 'add', values: { kind: 'case_study' } })));
  app.post('/proof/new', async (c) => {
    const { values } = await readForm(c);
    try {
      // A blank id is made from the title; with no title either, only the title is reported missing.
      const title = (values.title ?? '').trim();
      const id = (values.id ?? '').trim() || (title === '' ? 'proof' : await proofIdFor(title, store));
      const item = await addProof(itemFrom(values, id), store);
      return c.redirect(`/proof?added=${encodeURIComponent(item.id)}`, 303);
    } catch (error) {
      const failure = failed(error);
      return c.html(proofFormPage({ mode: 'add', values, error: failure }), failure.status);
    }
  });

  app.get('/proof/import', (c) => c.html(proofImportPage({})));
  app.post('/proof/import', async (c) => {
    const form = await readForm(c);
    try {
      const result = await importProof(await importedJson(form), store);
      return c.redirect(`/proof?imported=${result.added}-${result.updated}`, 303);
    } catch (error) {
      if (!isBidwrightError(error)) throw error;
      const failure = describeFailure(error, ['json', 'file'], form.files.file?.size ? 'file' : 'json');
      return c.html(proofImportPage(form.values, failure), failure.status);
    }
  });

  app.get('/proof/:id/edit', async (c) => {
    try {
      return c.html(proofFormPage({ mode: 'edit', values: proofValues(await getProof(c.req.param('id'), store)) }));
    } catch (error) {
      if (isBidwrightError(error)) return notFound(c, error);
      throw error;
    }
  });
  app.post('/proof/:id/edit', async (c) => {
    const id = c.req.param('id');
    const { values } = await readForm(c);
    try {
      await getProof(id, store);
      // The store's import adds or replaces by id, all or nothing: exactly an edit.
      await importProof([itemFrom(values, id)], store);
      return c.redirect(`/proof?saved=${encodeURIComponent(id)}`, 303);
    } catch (error) {
      if (isBidwrightError(error) && error.code === 'NOT_FOUND') return notFound(c, error);
      const failure = failed(error);
      return c.html(proofFormPage({ mode: 'edit', values: { ...values, id }, error: failure }), failure.status);
    }
  });

  app.get('/proof/:id/delete', async (c) => {
    try {
      return c.html(proofDeletePage(await getProof(c.req.param('id'), store)));
    } catch (error) {
      if (isBidwrightError(error)) return notFound(c, error);
      throw error;
    }
  });
  app.post('/proof/:id/delete', async (c) => {
    const id = c.req.param('id');
    try {
      await removeProof(id, store);
      return c.redirect(`/proof?removed=${encodeURIComponent(id)}`, 303);
    } catch (error) {
      if (isBidwrightError(error)) return notFound(c, error);
      throw error;
    }
  });
  return app;
}
