import { describe, expect, it } from 'vitest';
import { offlineContent } from '../../../../src/engines/offline/content/load-content.ts';
import { readSituation, situated } from '../../../../src/engines/offline/propose/situation.ts';
import { makePost } from './fixtures.ts';

function entry(id: string) {
  const found = offlineContent().insights.insights.find((insight) => insight.id === id);
  if (found === undefined) throw new Error(`no insight ${id}`);
  return found;
}

describe('readSituation', () => {
  it("reads reports for the client's customers as customer-facing", () => {
    const post = makePost({
      title: 'Data analyst to help with analytics reports',
      description: 'We want data viz reports that would be useful for our customers to analyze their data.',
    });
    expect(readSituation(post)).toEqual({ newSetup: false, customerFacing: true });
  });

  it('reads an internal weekly dashboard as neither new nor customer-facing', () => {
    const post = makePost({ title: 'Power BI dashboard', description: 'Our sales team needs one weekly dashboard instead of three spreadsheets.' });
    expect(readSituation(post)).toEqual({ newSetup: false, customerFacing: false });
  });

  it('reads a store that has not opened as a new set-up', () => {
    const post = makePost({ title: 'Emails for our store', description: 'Our store has not launched yet and we need the first emails.' });
    expect(readSituation(post).newSetup).toBe(true);
  });
});

describe('situated', () => {
  it('uses the customer wordings for customer-facing reports, and never the team meeting question', () => {
    const insight = situated(entry('dashboard-bi'), { newSetup: false, customerFacing: true });
    expect(insight.question.join(' ')).toContain('customers');
    expect(insight.question.join(' ')).not.toMatch(/meeting/);
    expect(insight.insight.join(' ')).toContain('customers');
  });

  it('keeps the usual wordings when the entry has none for the situation', () => {
    const crm = entry('crm');
    expect(situated(crm, { newSetup: false, customerFacing: true })).toBe(crm);
  });
});
