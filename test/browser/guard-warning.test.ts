import { describe, expect, it } from 'vitest';
import { createOpenAIEngine } from '../../src/engines/openai/index.ts';
import { GOOD_PROPOSAL, GOOD_TRIAGE, POST_TEXT } from '../helpers/openai/fixtures.ts';
import { testConfig, useModelServer } from '../helpers/openai/msw.ts';
import { submitPost, useRunningApp, watchErrors } from './harness.ts';

const { serve } = useModelServer();
const running = useRunningApp({ engine: () => createOpenAIEngine({ config: testConfig('chat') }) });

// A model that writes bold, an email, and a guarantee the guard cannot take out without rewriting.
const CARELESS = {
  ...GOOD_PROPOSAL,
  text: GOOD_PROPOSAL.text
    .replace('First step:', '**I guarantee the totals will match.** Email me at rowan@example.com to start. First step:')
    .replace(/\?$/, '?\n\n[Your Name]'),
};

describe('the draft page when the output guard steps in', () => {
  it('shows a warning above the streamed draft that it is not ready to send, and what the guard changed', async () => {
    serve('chat', [{ output: GOOD_TRIAGE }, { output: CARELESS }]);
    const page = await running.browser.newPage();
    const errors = watchErrors(page);
    await submitPost(page, running.url, POST_TEXT);

    const warning = page.locator('#proposal-guard');
    await expect(warning.isVisible()).resolves.toBe(true);
    await expect(page.locator('#proposal-guard-summary').textContent()).resolves.toBe(
      'Not ready to send: this draft still breaks 1 rule that must pass. Fix it before you send it.',
    );
    await expect(page.locator('#proposal-guard-problems li').allTextContents()).resolves.toEqual([expect.stringMatching(/^No guarantees \(P24\): /)]);
    const warningTop = (await warning.boundingBox())?.y ?? Infinity;
    expect(warningTop).toBeLessThan((await page.locator('#proposal-text').boundingBox())?.y ?? -1);
    const changes = await page.locator('#proposal-guard-changes li').allTextContents();
    expect(changes).toContain(
      'No contact details or off-platform routes (P14): Removed a sentence with contact details or a route off the platform. Email me at rowan@example.com to start.',
    );
    const text = (await page.locator('#proposal-text').textContent()) ?? '';
    expect(text).not.toContain('rowan@example.com');
    expect(text).not.toContain('**');
    expect(text).toContain('[fill in: your name]');
    expect(errors).toEqual([]);
    await page.close();
  });
});
