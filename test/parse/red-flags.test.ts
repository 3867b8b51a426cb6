import { describe, expect, it } from 'vitest';
import { findRedFlags, RED_FLAG_MESSAGES } from '../../src/parse/red-flags.ts';

const codes = (text: string) => findRedFlags(text).map((f) => f.code);
const evidence = (text: string) => findRedFlags(text).map((f) => f.evidence);

describe('findRedFlags', () => {
  it.each([
    ['Message me on WhatsApp for details.', 'Message me on WhatsApp'],
    ['Add me on Telegram: @quickhire_team', 'Add me on Telegram'],
    ['Email me at hiring.desk@gmail.com with your CV.', 'hiring.desk@gmail.com'],
    ['Call +44 20 7946 0958 to talk.', '+44 20 7946 0958'],
    ['Text me at (555) 201-3344.', '(555) 201-3344'],
    ["I don't check Upwork often, so text me on WhatsApp.", 'text me on WhatsApp'],
    ["Let's continue the conversation on Discord.", 'continue the conversation on Discord'],
    ['Please contact me outside Upwork for the details.', 'contact me outside Upwork'],
    ['Join our Telegram group to apply.', 'Join our Telegram'],
  ])('flags off-platform contact in %j', (text, phrase) => {
    expect(findRedFlags(text)).toEqual([
      { code: 'off_platform_contact', message: RED_FLAG_MESSAGES.off_platform_contact, evidence: expect.stringContaining(phrase) },
    ]);
  });

  it.each([
    'No WhatsApp please, all communication on Upwork.',
    'Please do not contact me outside Upwork.',
    'We need a WhatsApp Business API integration for our store.',
    'Grow our Telegram community to 10k members.',
    'Moderate our Discord server and answer questions.',
    'We will meet on Zoom after the contract starts.',
  ])('does not flag contact in %j', (text) => {
    expect(findRedFlags(text)).toEqual([]);
  });

  it.each([
    ['We will pay you via PayPal to avoid fees.', 'pay you via PayPal'],
    ['Payment in USDT after each task.', 'Payment in USDT'],
    ['Payment outside Upwork is preferred.', 'Payment outside Upwork'],
    ['We pay through Western Union every Friday.', 'pay through Western Union'],
    ['Zelle only.', 'Zelle only'],
  ])('flags off-platform payment in %j', (text, phrase) => {
    expect(findRedFlags(text)).toMatchObject([{ code: 'off_platform_payment', evidence: expect.stringContaining(phrase) }]);
  });

  it.each([
    'Integrate PayPal payments into our checkout.',
    'Accept payments via PayPal on the site.',
    'We are building a crypto payments app.',
    'We are a memecoin project looking for a community manager.',
    'Customers should be able to pay with Bitcoin at checkout.',
  ])('does not flag a payment feature or a crypto project in %j', (text) => {
    expect(findRedFlags(text)).toEqual([]);
  });

  it.each([
    ['Please complete a free test before we hire.', 'free test'],
    ['Write a sample article for free so we can judge your style.', 'sample article for free'],
    ['There is a small test task before hiring.', 'test task before hiring'],
    ['Unpaid trial of one week.', 'Unpaid trial'],
  ])('flags unpaid test work in %j', (text, phrase) => {
    expect(findRedFlags(text)).toMatchObject([{ code: 'unpaid_test', evidence: expect.stringContaining(phrase) }]);
  });

  it.each([
    'There is a small paid test task before hiring.',
    'There is a test task before hiring. It is paid at $30.',
    'Sign up for the free trial of our software to explore it.',
    'This is not an unpaid test.',
  ])('does not flag paid tests or product trials in %j', (text) => {
    expect(findRedFlags(text)).toEqual([]);
  });

  it.each([
    ['A registration fee of $30 is required.', 'registration fee'],
    ['You must pay a training fee before starting.', 'training fee'],
    ['Pay to join our team of writers.', 'Pay to join'],
  ])('flags a fee to apply in %j', (text, phrase) => {
    expect(findRedFlags(text)).toMatchObject([{ code: 'fee_to_apply', evidence: expect.stringContaining(phrase) }]);
  });

  it('does not flag a post that says there is no fee', () => {
    expect(findRedFlags('There is no registration fee.')).toEqual([]);
  });

  it.each([
    ['Buy a laptop from our approved vendor and we will reimburse you.', 'Buy a laptop'],
    ['Purchase the software first. We refund it with your first payment.', 'Purchase the software'],
    ['We will send you a check to buy supplies.', 'send you a check'],
  ])('flags buying equipment or a check in %j', (text, phrase) => {
    expect(findRedFlags(text)).toMatchObject([{ code: 'buy_equipment', evidence: expect.stringContaining(phrase) }]);
  });

  it('does not flag buying without reimbursement talk, or a negated purchase', () => {
    expect(findRedFlags('You do not need to buy any equipment.')).toEqual([]);
    expect(findRedFlags('Our customers buy software licences from us.')).toEqual([]);
  });

  it.each([
    ['Send us a scan of your passport before we begin.', 'Send us a scan of your passport'],
    ['Share your bank details for payroll.', 'your bank details'],
    ['Provide your SSN to get started.', 'your SSN'],
    ['We need your Upwork password to set things up.', 'your Upwork password'],
    ['Rent your Upwork account to us.', 'Rent your Upwork account'],
  ])('flags credentials asked for in %j', (text, phrase) => {
    expect(findRedFlags(text)).toMatchObject([{ code: 'credentials_before_contract', evidence: expect.stringContaining(phrase) }]);
  });

  it.each([
    'Build a password reset page where users can reset your password.',
    'We will provide your login details after hiring.',
    'Tell us about your credentials and certifications.',
    'The form must mask a social security number field.',
  ])('does not flag credentials the client gives, or technical mentions, in %j', (text) => {
    expect(findRedFlags(text)).toEqual([]);
  });

  it.each([
    ['Earn $5,000/week for simple data entry!', '$5,000/week'],
    ['Earn $100/hr, no experience needed.', '$100/hr'],
    ['Make $900 a day typing from your phone.', '$900 a day'],
  ])('flags too-good pay in %j', (text, phrase) => {
    expect(findRedFlags(text)).toMatchObject([{ code: 'too_good_pay', evidence: expect.stringContaining(phrase) }]);
  });

  it('does not flag high pay for skilled work', () => {
    expect(findRedFlags('We pay $120/hr for senior Kubernetes architects.')).toEqual([]);
  });

  it('flags an entry-level hourly budget above $150 from the facts', () => {
    const flags = findRedFlags('Help with our spreadsheets.', {
      budget: { type: 'hourly', min: 100, max: 200, currency: 'USD' },
      experienceLevel: 'entry',
    });
    expect(flags.map((f) => f.code)).toEqual(['too_good_pay']);
  });

  it('does not flag a high hourly budget for expert work', () => {
    const facts = { budget: { type: 'hourly' as const, min: 100, max: 300, currency: 'USD' }, experienceLevel: 'expert' as const };
    expect(findRedFlags('Lead our security review.', facts)).toEqual([]);
  });

  it('reports each code once, at its first occurrence, in a stable order', () => {
    const text = 'Message me on Telegram. Also message me on WhatsApp. There is a free test. Pay a registration fee.';
    expect(codes(text)).toEqual(['off_platform_contact', 'unpaid_test', 'fee_to_apply']);
    expect(evidence(text)[0]).toBe('Message me on Telegram.');
  });

  it('quotes the sentence that raised a flag, cut around the phrase when it runs on', () => {
    const padding = 'we need help with many things across the whole business '.repeat(6);
    const [flag] = findRedFlags(`Hello. ${padding}and message me on WhatsApp for details ${padding}`);
    expect(flag?.evidence).toMatch(/^\.\.\..*message me on WhatsApp.*\.\.\.$/);
    expect(flag?.evidence.length).toBeLessThan(260);
  });

  it('gives every flag a message for the freelancer', () => {
    for (const message of Object.values(RED_FLAG_MESSAGES)) expect(message.length).toBeGreaterThan(40);
  });

  it('reads 200 KB of hostile text into each flag once, with short evidence', () => {
    const facts = { budget: { type: 'fixed' as const, min: 5, max: 5, currency: 'USD' }, experienceLevel: null };
    const inputs = [
      'pay you once we '.repeat(12_500),
      'bypass the the the '.repeat(10_000),
      '2 lectures every week 32 weeks '.repeat(6_500),
      'running several Reddit '.repeat(8_700),
      'john at gmail dot '.repeat(11_000),
      '$100/week '.repeat(20_000),
    ];
    for (const text of inputs) {
      const flags = findRedFlags(text, facts);
      expect(new Set(flags.map((flag) => flag.code)).size).toBe(flags.length);
      for (const flag of flags) expect(flag.evidence.length).toBeLessThan(260);
    }
  });
});
