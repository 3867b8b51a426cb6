import { describe, expect, it } from 'vitest';
import { loadContactCases } from '../../../src/evals/contact-payment/contact-case.ts';
import { measureContact, routesRaised } from '../../../src/evals/contact-payment/measure-contact.ts';

const CASES = 'evals/contact-payment/cases.json';
// Targets from issue 9: at least 95% of routes caught, and no false alarm on a clean look-alike.
const MIN_DETECTION = 0.95;

describe('contact and payment cases', () => {
  it('holds at least 40 cases, 10 of them clean look-alikes, for posts and drafts', async () => {
    const { cases } = await loadContactCases(CASES);
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(new Set(cases.map((c) => c.where))).toEqual(new Set(['post', 'draft']));
  });

  it(`catches at least ${MIN_DETECTION} of the routes with no false alarm`, async () => {
    const measure = measureContact((await loadContactCases(CASES)).cases);
    expect({ misses: measure.misses, falseAlarms: measure.falseAlarms }).toMatchObject({ falseAlarms: [] });
    expect(measure.detected / measure.expected, `missed: ${measure.misses.join(', ')}`).toBeGreaterThanOrEqual(MIN_DETECTION);
  });

  it('counts a route raised beside the expected one as a false alarm', () => {
    const measure = measureContact([{ id: 'x', where: 'post', text: 'Message me on WhatsApp and I will pay you by PayPal.', expect: ['contact'] }]);
    expect(measure).toMatchObject({ detected: 1, falsePositives: 1, falseAlarms: ['x (payment)'] });
  });

  it('reads a draft with the rubric and a post with the red flags', () => {
    expect(routesRaised({ id: 'd', where: 'draft', text: 'Case study: https://rowan.dev/work/a', expect: [], allowedLinks: ['rowan.dev/work'] })).toEqual([]);
    expect(routesRaised({ id: 'd', where: 'draft', text: 'Case study: https://rowan.dev/work/a', expect: [] })).toEqual(['contact']);
    expect(routesRaised({ id: 'p', where: 'post', text: 'Zelle only.', expect: [] })).toEqual(['payment']);
  });
});
