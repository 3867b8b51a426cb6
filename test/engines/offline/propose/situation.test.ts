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
    expect(readSituation(post)).toEqual({ newSetup: false, customerFacing: true, role: false });
  });

  it('reads an internal weekly dashboard as neither new nor customer-facing', () => {
    const post = makePost({ title: 'Power BI dashboard', description: 'Our sales team needs one weekly dashboard instead of three spreadsheets.' });
    expect(readSituation(post)).toEqual({ newSetup: false, customerFacing: false, role: false });
  });

  it('reads a store that has not opened as a new set-up', () => {
    const post = makePost({ title: 'Emails for our store', description: 'Our store has not launched yet and we need the first emails.' });
    expect(readSituation(post).newSetup).toBe(true);
  });
});

describe('readSituation for roles', () => {
  it('reads part-time hours and training as an ongoing role, not a one-off project', () => {
    const hours = makePost({ title: 'Part-Time Marketing Account Manager', description: 'Remote, 10-15 hours/week to start. You will run client meetings.' });
    const trained = makePost({
      title: 'Japanese Research Analyst',
      description: 'Skim Japanese news articles for key points. You will be train how to do the job.',
    });
    expect(readSituation(hours).role).toBe(true);
    expect(readSituation(trained).role).toBe(true);
  });

  it('reads a one-off build as no role', () => {
    const post = makePost({ title: 'Shopify checkout fix', description: 'Our checkout loses mobile shoppers; find out why and fix it.' });
    expect(readSituation(post).role).toBe(false);
  });
});

describe('situated', () => {
  it('gives a role the first weeks as its first step, not a scope document', () => {
    const { generic } = offlineContent().insights;
    const insight = situated(generic, { newSetup: false, customerFacing: false, role: true });
    expect(insight.firstStep.join(' ')).toMatch(/first week/);
    expect(insight.firstStep.join(' ')).not.toMatch(/scope summary/);
  });

  it('uses the customer wordings for customer-facing reports, and never the team meeting question', () => {
    const insight = situated(entry('dashboard-bi'), { newSetup: false, customerFacing: true, role: false });
    expect(insight.question.join(' ')).toContain('customers');
    expect(insight.question.join(' ')).not.toMatch(/meeting/);
    expect(insight.insight.join(' ')).toContain('customers');
  });

  it('keeps the usual wordings when the entry has none for the situation', () => {
    const crm = entry('crm');
    expect(situated(crm, { newSetup: false, customerFacing: true, role: false })).toBe(crm);
  });
});
