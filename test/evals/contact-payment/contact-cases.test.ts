import { describe, expect, it } from 'vitest';
import { loadContactCases } from '../../../src/evals/contact-payment/contact-case.ts';
import { CONTACT_GATE, DEFAULT_CONTACT_CASES } from '../../../src/evals/contact-payment/contact-gate.ts';
import { measureContact, routesRaised } from '../../../src/evals/contact-payment/measure-contact.ts';

describe('contact and payment cases', () => {
  it('holds at least 60 draft routes and 20 clean drafts beside the posts', async () => {
    const { cases } = await loadContactCases(DEFAULT_CONTACT_CASES);
    const drafts = cases.filter((c) => c.where === 'draft');
    expect(drafts.flatMap((c) => c.expect).length).toBeGreaterThanOrEqual(60);
    expect(drafts.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.where === 'post' && c.expect.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it(`catches at least ${CONTACT_GATE.minRecall} of each check's routes with at most ${CONTACT_GATE.maxFalseAlarms} false alarm`, async () => {
    const measure = measureContact((await loadContactCases(DEFAULT_CONTACT_CASES)).cases);
    expect(measure.falseAlarms.length, `false alarms: ${measure.falseAlarms.join(', ')}`).toBeLessThanOrEqual(CONTACT_GATE.maxFalseAlarms);
    for (const [check, counts] of Object.entries(measure.byCheck)) {
      expect(counts.detected / counts.expected, `${check} missed: ${measure.misses.join(', ')}`).toBeGreaterThanOrEqual(CONTACT_GATE.minRecall);
    }
    expect(Object.keys(measure.byCheck).sort()).toEqual(['P14', 'P15', 'off_platform_contact', 'off_platform_payment']);
  });

  it('counts a route raised beside the expected one as a false alarm, and each check apart', () => {
    const measure = measureContact([
      { id: 'x', where: 'post', text: 'Message me on WhatsApp and I will pay you by PayPal.', expect: ['contact'] },
      { id: 'y', where: 'draft', text: 'Happy to start on the audit.', expect: ['payment'] },
    ]);
    expect(measure).toMatchObject({
      detected: 1,
      falsePositives: 1,
      falseAlarms: ['x (payment)'],
      misses: ['y (payment)'],
      byCheck: { off_platform_contact: { expected: 1, detected: 1 }, P15: { expected: 1, detected: 0 } },
    });
  });

  it('reads a draft with the rubric and a post with the red flags', () => {
    expect(
      routesRaised({ id: 'd', where: 'draft', text: 'Case study: https://rowan.dev/work/a', expect: [], allowedLinks: ['https://rowan.dev/work'] }),
    ).toEqual([]);
    expect(routesRaised({ id: 'd', where: 'draft', text: 'Case study: https://rowan.dev/work/a', expect: [] })).toEqual(['contact']);
    expect(routesRaised({ id: 'p', where: 'post', text: 'Zelle only.', expect: [] })).toEqual(['payment']);
  });
});
