import { z } from 'zod';
import { computeFunnel } from '../domain/funnel.ts';
import type { Funnel } from '../domain/funnel-report.ts';
import { defaultFunnelThresholds } from '../domain/funnel-thresholds.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { words } from '../text/text.ts';
import { type PipelineDeps, readAll } from './pipeline-deps.ts';

const DAY_MS = 86_400_000;

export const FunnelQuery = z.object({
  days: z.coerce.number().int('must be a whole number of days').min(1, 'must be at least 1').max(365, 'must be at most 365').optional(),
});
export type FunnelQuery = z.infer<typeof FunnelQuery>;

/** Two wordings of one objection meet when their folded words do ("Price too high." and "price too high"). */
const objectionKey = (text: string) => words(text).join(' ');

/**
 * The funnel of the proposals sent in the last `days` days (the thresholds' default when absent):
 * stages, rates with their counts, breakdowns, Connects, objections and the diagnosis.
 */
export async function readFunnel(input: unknown, deps: PipelineDeps): Promise<Funnel> {
  const { store, clock } = deps;
  const thresholds = deps.thresholds ?? defaultFunnelThresholds();
  const days = parseOrThrow(FunnelQuery, input, 'The funnel request').days ?? thresholds.defaultDays;
  const now = clock.now().getTime();
  const since = new Date(now - days * DAY_MS).toISOString();
  // Events of these proposals cannot come before their sending, so none is older than `since`.
  const [proposals, events, before] = await Promise.all([
    readAll((query) => store.listTrackedProposals(query), { since }),
    readAll((query) => store.listPipelineEvents(query), { since }),
    store.listTrackedProposals({ limit: 1, until: since }),
  ]);
  const earliest = proposals.at(-1);
  // Tracking that began inside the window covers only part of it.
  const trackedDays = before.items.length > 0 || earliest === undefined ? days : Math.max(1, Math.ceil((now - Date.parse(earliest.sentAt)) / DAY_MS));
  return computeFunnel({
    proposals,
    events,
    thresholds,
    window: { days, since, until: new Date(now).toISOString() },
    trackedDays: Math.min(days, trackedDays),
    normalise: objectionKey,
  });
}
