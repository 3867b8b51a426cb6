import { describe, expect, it } from 'vitest';
import { findDeliverable } from '../../src/parse/deliverable.ts';
import { parseJobPost } from '../../src/parse/parse-job-post.ts';

const facts = (title: string | null, description: string, skills: string[] = []) => ({ title, description, skills });

describe('findDeliverable', () => {
  it('reads the kind of work from the title, not from a tool the description lists in passing', () => {
    const found = findDeliverable(
      facts(
        'Digital Marketing Project Manager Needed',
        'You will run our paid campaigns across Meta and Google Ads and report weekly. Our stack: Shopify, Klaviyo, Google Sheets.',
        ['Digital Marketing', 'Facebook Ads', 'Shopify'],
      ),
    );
    expect(found).toMatchObject({ domain: 'marketing-ads', summary: 'Digital Marketing Project Manager' });
  });

  it('names the domain with its label and the words that named it', () => {
    const found = findDeliverable(facts('Intercom Setup Expert Needed for HubSpot Integration', 'Configure Intercom on our HubSpot website.'));
    expect(found.domain).toBe('crm-marketing-automation');
    expect(found.domainLabel).toBe('CRM and marketing automation');
    expect(found.cues).toEqual(expect.arrayContaining(['intercom', 'hubspot']));
    expect(found.summary).toBe('Intercom Setup for HubSpot Integration');
  });

  it('leaves the domain unknown when no kind stands out, and says where it leans', () => {
    const found = findDeliverable(facts('Help with our emails', 'Monthly campaigns.', ['Mailchimp']));
    expect(found.domain).toBeNull();
    expect(found.domainLabel).toBeNull();
    expect(found.leaning).toBe('email-sms-marketing');
  });

  it('reads an untitled post from its first sentence', () => {
    const found = findDeliverable(facts(null, 'Consultation with an experienced Mixpanel analyst. We may follow with a small project.'));
    expect(found.domain).toBe('analytics-tracking');
  });

  it('gives junk no domain', () => {
    expect(parseJobPost('asdf qwer zxcv asdf qwer').deliverable).toMatchObject({ domain: null, leaning: null });
  });

  it('does not read page boilerplate as the work', () => {
    const page =
      'Bulk SMS Marketing Specialist Needed\n\nOnly freelancers located in the U.S. may apply.\n\nWe send SMS campaigns to 40,000 subscribers and need someone to run them.';
    expect(parseJobPost(page).deliverable).toMatchObject({ domain: 'email-sms-marketing', summary: 'Bulk SMS Marketing' });
  });
});
