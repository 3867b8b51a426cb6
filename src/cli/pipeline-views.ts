/** Plain-text view models for the pipeline's templates (funnel.hbs, tracked-list.hbs). */
import { BREAKDOWN_LABEL, DIAGNOSIS_LABEL, describeCost, describeRate, STAGE_LABEL } from '../domain/funnel-words.ts';
import type { BreakdownName, Funnel } from '../domain/funnel-report.ts';
import type { TrackedProposalStatus } from '../domain/pipeline.ts';

const DIAGNOSIS_STYLE = { 'insufficient-data': 'yellow', market: 'red', positioning: 'red', sales: 'red', healthy: 'green' } as const;

/** The funnel as the terminal shows it: the diagnosis first, then stages, Connects, objections, breakdowns. */
export function funnelView(funnel: Funnel) {
  return {
    diagnosis: DIAGNOSIS_LABEL[funnel.diagnosis.code],
    diagnosisStyle: DIAGNOSIS_STYLE[funnel.diagnosis.code],
    message: funnel.diagnosis.message,
    window: `Last ${funnel.days} days (${funnel.since.slice(0, 10)} to ${funnel.until.slice(0, 10)})`,
    stages: funnel.stages.map((stage, index) => {
      const before = funnel.stages[index - 1]?.stage;
      return {
        label: STAGE_LABEL[stage.stage].padEnd(12),
        count: String(stage.count).padStart(5),
        rate: stage.fromPrevious === null || before === undefined ? '' : `${describeRate(stage.fromPrevious)} of those ${before}`,
      };
    }),
    closed: `${funnel.declined} declined, ${funnel.noResponse} without a response`,
    connects: `${funnel.connects.spent} spent on ${funnel.connects.recorded} proposal(s) that recorded them`,
    perReply: describeCost(funnel.connects.perReply),
    perHire: describeCost(funnel.connects.perHire),
    objections: funnel.objections,
    breakdowns: (Object.keys(BREAKDOWN_LABEL) as BreakdownName[]).map((name) => ({
      label: BREAKDOWN_LABEL[name],
      rows: funnel.breakdowns[name].map((row) => ({ key: row.key, sent: row.sent, replied: describeRate(row.replied), hired: describeRate(row.hired) })),
    })),
  };
}

/** Tracked proposals as one line each. */
export function trackedListView(items: readonly TrackedProposalStatus[], next: string | null) {
  return {
    items: items.map((item) => ({ ...item, sentOn: item.sentAt.slice(0, 10), closedNote: item.closed === null ? '' : `, ${item.closed.replace('_', ' ')}` })),
    count: items.length,
    next,
  };
}
