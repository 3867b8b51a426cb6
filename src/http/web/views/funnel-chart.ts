/**
 * The funnel as an inline SVG bar chart drawn on the server (no script, no chart library): one bar
 * a stage, its length the share of proposals sent, with the count and rate written beside it.
 * The title and description carry the same numbers for screen readers.
 */
import { html } from 'hono/html';
import type { Funnel } from '../../../domain/funnel-report.ts';
import { percentOf, STAGE_LABEL } from '../../../domain/funnel-words.ts';
import type { Html } from './fields.ts';

const WIDTH = 360;
const ROW = 46;
const BAR = 18;

/** "Viewed 6: 50% of sent" for one stage. */
function stageLine(stage: Funnel['stages'][number]): string {
  const rate = stage.fromSent?.value;
  return `${STAGE_LABEL[stage.stage]} ${stage.count}${rate === null || rate === undefined ? '' : `: ${percentOf(rate)} of sent`}`;
}

/** The chart; bars are scaled to the proposals sent (an empty funnel draws empty tracks). */
export function funnelChart(funnel: Funnel): Html {
  const height = funnel.stages.length * ROW;
  const description = funnel.stages.map(stageLine).join('; ');
  return html`<svg class="funnel-chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="funnel-chart-title funnel-chart-desc" data-sent="${funnel.sent}">
<title id="funnel-chart-title">Funnel for the last ${funnel.days} days</title>
<desc id="funnel-chart-desc">${description}</desc>
${funnel.stages.map((stage, index) => {
  const y = index * ROW;
  const share = funnel.sent === 0 ? 0 : stage.count / funnel.sent;
  return html`<g class="funnel-bar" data-stage="${stage.stage}" data-count="${stage.count}">
<text x="0" y="${y + 14}" class="funnel-label">${stageLine(stage)}</text>
<rect x="0" y="${y + 20}" width="${WIDTH}" height="${BAR}" rx="3" class="funnel-track"></rect>
<rect x="0" y="${y + 20}" width="${(share * WIDTH).toFixed(1)}" height="${BAR}" rx="3" class="funnel-fill"></rect>
</g>`;
})}
</svg>`;
}
