/**
 * GET /case-studies shows the notes form; POST /case-studies builds a draft to review; POST
 * /case-studies/save adds the reviewed item to the library and redirects to the saved notice.
 */
import { Hono } from 'hono';
import { buildCaseStudy } from '../../../app/build-case-study.ts';
import { saveCaseStudy } from '../../../app/save-case-study.ts';
import { isBidwrightError, type BidwrightError } from '../../../domain/errors.ts';
import { idFromTitle } from '../../../domain/proof-id.ts';
import type { Metric } from '../../../domain/schemas.ts';
import type { HttpDeps } from '../../deps.ts';
import { describeFailure } from '../failure.ts';
import { readForm, splitList, type FormPost } from '../form.ts';
import { caseStudyPage, draftValues } from '../views/case-study-page.ts';

const FIELDS = ['title', 'id', 'clientType', 'problem', 'approach', 'result', 'skills', 'link', 'metrics'] as const;

/** The figures the review form carried, and which of them the user ticked. */
function figuresOf(form: FormPost): { metrics: Metric[]; confirmed: Set<number> } {
  const labels = form.lists.metricLabel ?? [];
  const values = form.lists.metricValue ?? [];
  const metrics = labels.map((label, index) => ({ label, value: values[index] ?? '' }));
  const confirmed = new Set((form.lists.confirm ?? []).map(Number).filter((index) => Number.isInteger(index) && index >= 0 && index < metrics.length));
  return { metrics, confirmed };
}

/** A conflict on the id, said in the form's own terms. */
function conflictMessage(error: BidwrightError, id: string): BidwrightError | { message: string; fields: Record<string, string> } {
  if (error.code !== 'CONFLICT') return error;
  const message = `Your library already has a proof item with the id "${id}". Type another id, or clear it to make one from the title, then save again.`;
  return { message, fields: { id: 'This id is taken.' } };
}

/** The case study routes. */
export function createCaseStudyRoutes(deps: HttpDeps): Hono {
  return new Hono()
    .get('/case-studies', async (c) => {
      const id = c.req.query('saved');
      // The notice names the item by its title, as the library does; an id no longer stored is shown as sent.
      const saved = id === undefined ? undefined : ((await deps.store.getProof(id))?.title ?? id);
      return c.html(caseStudyPage({ values: {}, saved }));
    })
    .post('/case-studies', async (c) => {
      const { values } = await readForm(c);
      const notes = values.notes ?? '';
      try {
        const study = await buildCaseStudy({ notes }, deps);
        const review = {
          values: draftValues(study, notes),
          metrics: study.unconfirmedMetrics,
          confirmed: new Set<number>(),
          dropped: study.droppedMetrics,
          missing: study.missing,
        };
        return c.html(caseStudyPage({ values, review }));
      } catch (error) {
        if (!isBidwrightError(error)) throw error;
        const failure = describeFailure(error, ['notes'], 'notes');
        return c.html(caseStudyPage({ values, error: failure }), failure.status);
      }
    })
    .post('/case-studies/save', async (c) => {
      const form = await readForm(c);
      const { values } = form;
      const { metrics, confirmed } = figuresOf(form);
      const link = (values.link ?? '').trim();
      const proof = {
        id: (values.id ?? '').trim(),
        kind: 'case_study' as const,
        title: values.title ?? '',
        clientType: (values.clientType ?? '').trim(),
        problem: (values.problem ?? '').trim(),
        approach: (values.approach ?? '').trim(),
        result: (values.result ?? '').trim(),
        metrics: metrics.filter((_metric, index) => confirmed.has(index)),
        skills: splitList(values.skills),
        link: link === '' ? null : link,
        public: values.public === 'on',
      };
      try {
        const item = await saveCaseStudy({ notes: values.notes ?? '', proof }, deps.store);
        return c.redirect(`/case-studies?saved=${encodeURIComponent(item.id)}`, 303);
      } catch (error) {
        if (!isBidwrightError(error)) throw error;
        const described = conflictMessage(error, proof.id === '' ? idFromTitle(proof.title) : proof.id);
        const failure = 'code' in described ? describeFailure(described, FIELDS) : { ...described, status: 409 as const };
        const review = { values, metrics, confirmed, dropped: [], missing: [], error: failure };
        return c.html(caseStudyPage({ values: { notes: values.notes ?? '' }, review }), failure.status);
      }
    });
}
