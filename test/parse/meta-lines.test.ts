import { describe, expect, it } from 'vitest';
import { isMetaLine } from '../../src/parse/meta-lines.ts';

describe('isMetaLine', () => {
  it.each([
    'Hourly',
    'Fixed-price',
    '$15.00 - $35.00',
    'Hourly: $15.00 - $35.00',
    'Fixed-price - Intermediate - Est. Budget: $300',
    'Intermediate',
    'Experience level',
    '1 to 3 months',
    'Less than 30 hrs/week',
    'Posted 2 hours ago',
    'Send a proposal for: 16 Connects',
    'Proposals: 20 to 50',
    'Worldwide',
  ])('treats %j as a page line', (line) => {
    expect(isMetaLine(line)).toBe(true);
  });

  it.each([
    'We need someone for 1 to 3 months to help with bookkeeping.',
    'Our budget matters to us.',
    'Zapier connects our CRM to the billing tool',
    'Experience: 5 years with React and TypeScript',
  ])("keeps %j as the client's words", (line) => {
    expect(isMetaLine(line)).toBe(false);
  });
});
