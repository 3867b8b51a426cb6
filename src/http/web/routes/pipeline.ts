/**
 * GET /pipeline shows the funnel; POST /pipeline/proposals tracks a proposal ("Mark as sent" or the
 * small form) and POST /pipeline/events records what happened, each then showing /pipeline;
 * /pipeline/export.csv and .json download everything.
 */
import { Hono, type Context } from 'hono';
import { exportPipeline } from '../../../app/export-pipeline.ts';
import { listTracked } from '../../../app/list-tracked.ts';
import type { PipelineDeps } from '../../../app/pipeline-deps.ts';
import { readFunnel } from '../../../app/read-funnel.ts';
import { recordEvent } from '../../../app/record-event.ts';
import { trackProposal } from '../../../app/track-proposal.ts';
import { isBidwrightError } from '../../../domain/errors.ts';
import { defaultFunnelThresholds } from '../../../domain/funnel-thresholds.ts';
import type { HttpDeps } from '../../deps.ts';
import { statusFor } from '../failure.ts';
import { readForm, splitList, type FormValues } from '../form.ts';
import { pipelinePage } from '../views/pipeline-page.ts';

const RECENT = 50;
const blank = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

/** The event's time: now, or the end of the chosen day when that is earlier (a day picked is a day past). */
function eventTime(day: string | undefined, now: Date): string {
  if (day === undefined) return now.toISOString();
  const end = Date.parse(`${day}T23:59:59.999Z`);
  return Number.isNaN(end) || end > now.getTime() ? now.toISOString() : new Date(end).toISOString();
}

/** The pipeline page's routes. */
export function createPipelineRoutes(deps: HttpDeps): Hono {
  const pipeline = { store: deps.store, clock: deps.clock, thresholds: deps.funnelThresholds ?? defaultFunnelThresholds() } satisfies PipelineDeps;
  const render = async (
    c: Context,
    options: { days?: string | undefined; message?: string; error?: string; values?: FormValues },
    status: 200 | 400 | 404 = 200,
  ) => {
    const [funnel, recent, proof] = await Promise.all([
      readFunnel({ days: blank(options.days) }, pipeline),
      listTracked({ limit: RECENT }, pipeline),
      deps.store.listProof(),
    ]);
    return c.html(
      pipelinePage({
        funnel,
        smallSample: pipeline.thresholds.smallSample,
        recent: recent.items,
        proofTitles: new Map(proof.map((item) => [item.id, item.title])),
        message: options.message,
        error: options.error,
        values: options.values,
      }),
      status,
    );
  };
  // A refused form shows the page again with the message and what was typed; other failures go to the page error handler.
  const refused = (c: Context, error: unknown, values: FormValues) => {
    if (!isBidwrightError(error) || statusFor(error) >= 500) throw error;
    return render(c, { error: error.message, values }, statusFor(error) === 404 ? 404 : 400);
  };
  const download = (format: 'csv' | 'json') => async (c: Context) => {
    const file = await exportPipeline(format, pipeline);
    return c.body(file.body, 200, { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.fileName}"` });
  };

  return new Hono()
    .get('/pipeline', async (c) => {
      const tracked = c.req.query('tracked');
      const message = tracked !== undefined ? 'Marked as sent: it is in your pipeline now.' : c.req.query('recorded') !== undefined ? 'Recorded.' : undefined;
      return render(c, { days: c.req.query('days'), ...(message === undefined ? {} : { message }) });
    })
    .post('/pipeline/proposals', async (c) => {
      const { values } = await readForm(c);
      try {
        const connects = blank(values.connects);
        const proposal = await trackProposal(
          {
            jobTitle: values.jobTitle ?? '',
            sentAt: deps.clock.now().toISOString(),
            draftId: blank(values.draftId),
            offer: blank(values.offer),
            proofIds: splitList(values.proofIds),
            tone: blank(values.tone),
            connects: connects === undefined ? undefined : Number(connects),
            verdict: blank(values.verdict),
          },
          pipeline,
        );
        return c.redirect(`/pipeline?tracked=${encodeURIComponent(proposal.id)}`, 303);
      } catch (error) {
        return refused(c, error, values);
      }
    })
    .post('/pipeline/events', async (c) => {
      const { values } = await readForm(c);
      try {
        const request = { type: values.type, at: eventTime(blank(values.day), deps.clock.now()), note: blank(values.note), objection: blank(values.objection) };
        await recordEvent(values.proposalId ?? '', request, pipeline);
        return c.redirect('/pipeline?recorded=1', 303);
      } catch (error) {
        return refused(c, error, values);
      }
    })
    .get('/pipeline/export.csv', download('csv'))
    .get('/pipeline/export.json', download('json'));
}
