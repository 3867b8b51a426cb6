import { describe, expect, it } from 'vitest';
import type { PipelineEventType } from '../../src/domain/pipeline.ts';
import { tracked } from '../helpers/pipeline.ts';
import { inPage, useRunningApp, watchErrors } from './harness.ts';

const running = useRunningApp();
const DAY = 86_400_000;

/** Ten proposals sent days ago: 6 viewed, 3 replied, 2 interviewed, 1 hired (so healthy, with a small sample). */
async function seed(): Promise<void> {
  const sent = new Date(Date.now() - 5 * DAY).toISOString();
  const later = new Date(Date.now() - 2 * DAY).toISOString();
  const reached: PipelineEventType[][] = [['hired'], ['interview'], ['replied'], ['viewed'], ['viewed'], ['viewed']];
  for (let i = 0; i < 10; i++) {
    await running.store.saveTrackedProposal({
      ...tracked(`tp-chart-${i}`),
      sentAt: sent,
      createdAt: sent,
      offer: i < 5 ? 'stock-audit' : 'sheet-rebuild',
      connects: 12,
    });
    for (const type of reached[i] ?? []) {
      await running.store.savePipelineEvent({
        id: `ev-chart-${i}-${type}`,
        createdAt: later,
        proposalId: `tp-chart-${i}`,
        type,
        at: later,
        note: null,
        objection: i === 2 ? 'Price' : null,
      });
    }
  }
}

describe('the /pipeline page in Chromium', () => {
  it('draws a bar per stage, as long as its share of proposals sent, with the numbers as text', async () => {
    await seed();
    const page = await running.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${running.url}/pipeline`);
    const bars = await inPage<{ stage: string; count: string; width: string; label: string }[]>(
      page,
      `[...document.querySelectorAll('.funnel-bar')].map((g) => ({ stage: g.dataset.stage, count: g.dataset.count, width: g.querySelector('.funnel-fill').getAttribute('width'), label: g.querySelector('text').textContent }))`,
    );
    expect(bars.map((bar) => [bar.stage, bar.count])).toEqual([
      ['sent', '10'],
      ['viewed', '6'],
      ['replied', '3'],
      ['interviewed', '2'],
      ['hired', '1'],
    ]);
    const full = Number(bars[0]?.width);
    expect(bars.map((bar) => Number(bar.width) / full)).toEqual([1, 0.6, 0.3, 0.2, 0.1]);
    expect(bars[1]?.label).toBe('Viewed 6: 60% of sent');
    expect(await page.locator('svg.funnel-chart desc').textContent()).toContain('Hired 1: 10% of sent');
    expect(await page.locator('.diagnosis').getAttribute('data-code')).toBe('healthy');
    expect(await page.locator('.diagnosis').textContent()).toContain('small sample');
    expect(await page.getByRole('table').first().textContent()).toContain('60% (6 of 10)*');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records an event from its form, and the chart shows it', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.url}/pipeline`);
    await page.getByLabel('Proposal').selectOption('tp-chart-9');
    await page.getByLabel('What happened').selectOption('viewed');
    await page.getByLabel('Objection (optional)').fill('Timeline too long');
    await page.getByRole('button', { name: 'Record' }).click();
    await page.waitForURL(/recorded=1/);
    expect(await page.locator('.funnel-bar[data-stage="viewed"]').getAttribute('data-count')).toBe('7');
    expect(await page.locator('.objections').textContent()).toContain('Timeline too long');
    await page.close();
  });
});
