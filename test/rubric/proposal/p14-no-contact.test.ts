import { describe, expect, it } from 'vitest';
import { p14NoContact as rule } from '../../../src/rubric/proposal/p14-no-contact.ts';
import { check, draft, expectShortEvidence, makeContext, makePost } from '../fixtures.ts';

describe('P14 no contact details', () => {
  it.each([
    ['an email address', 'Write to rowan.pike@mailbox.example anytime.'],
    ['a phone number', 'Call +44 20 7946 0958 after six.'],
    ['a messenger handle', 'Message me on WhatsApp to move faster.'],
    ['a messenger handle', 'Telegram: @rowanpike'],
    ['a calendar link', 'Grab a slot at calendly.com/rowan'],
    ['a social profile', 'Connect with me on LinkedIn.'],
    ['a link', 'My other work: https://github.com/rowanpike'],
    ['an off-platform route', 'Happy to continue outside Upwork.'],
    ['a spelled-out email', 'Reach me at sam (at) protonmail (dot) com.'],
    ['a spelled-out phone number', 'My number is nine one seven three two two zero eight eight one.'],
    ['a Discord tag', 'Add me on Discord, my tag is pixelforge.'],
    ['a move to X', 'DM me on X and I will send the rest.'],
    ['a personal email behind a meeting', 'We could jump on Teams; send the invite to my Outlook.'],
  ])('errors on %s', (_what, text) => {
    expect(check(rule, draft(text)).length).toBeGreaterThan(0);
  });

  it("reads a national phone number as the post's country writes it", () => {
    const post = makePost();
    const inBritain = makeContext({ post: { ...post, facts: { ...post.facts, client: { ...post.facts.client, country: 'United Kingdom' } } } });
    expect(check(rule, draft('The office line is 020 7183 8750.'))).toEqual([]);
    expect(check(rule, draft('The office line is 020 7183 8750.'), inBritain)).toHaveLength(1);
  });

  it("passes the client's own tools and reference numbers named as the topic", () => {
    for (const text of [
      'I noticed the Calendly embed on your booking page loads twice on mobile.',
      'Ticket 2024-118-3392 shows the crash happens before the payment step.',
      'Order #100234567 shows the tax line twice.',
      'I would migrate your Zoom webinars without losing past recordings.',
      'The fix lives in app.py and the notes in README.md.',
    ]) {
      expect(check(rule, draft(text)), text).toEqual([]);
    }
  });

  it('reports an email once, not again as a link', () => {
    expect(check(rule, draft('Mail rowan@pike.example'))).toHaveLength(1);
  });

  it('allows links under an allow-listed prefix or a proof item\u2019s link', () => {
    expect(check(rule, draft('Case study: https://rowanpike.dev/work/ceramics and rowanpike.dev/work/other'))).toEqual([]);
  });

  it('passes product names that look like domains but flags a bare lower-case site', () => {
    expect(check(rule, draft('I set up Monday.com boards, Socket.io events and ASP.NET pages.'))).toEqual([]);
    expect(check(rule, draft('More at rowan-builds.com'))).toHaveLength(1);
  });

  it('passes messenger and social names used as the client\u2019s topic, and plain figures', () => {
    expect(check(rule, draft('I built a WhatsApp bot and ran my Instagram ads campaign for a bakery.'))).toEqual([]);
    expect(check(rule, draft('Revenue went from $1,200,000 to $2,000,000 over 2019-2023 on Node.js.'))).toEqual([]);
  });

  it('flags a move to a messenger with no handle given', () => {
    expect(check(rule, draft('Happy to continue on Telegram to discuss the details.'))).toHaveLength(1);
    expect(check(rule, draft('Let us move this chat to Skype so we can talk faster.'))).toHaveLength(1);
  });

  it('passes a messenger named as the work itself', () => {
    expect(check(rule, draft('I will moderate chat in your Telegram group and build a Telegram bot for new members.'))).toEqual([]);
    expect(check(rule, draft('We can talk through the rules first, then connect your Discord bot to the shop.'))).toEqual([]);
  });

  it('checks 200 KB of hostile text, quoting short evidence', () => {
    const runs = ['@', '1', 'sam at gmail dot ', 'https://x.co/ '].map((unit) => unit.repeat(Math.ceil(200_000 / unit.length)));
    for (const text of [...runs, 'a.'.repeat(100_000), 'www.'.repeat(50_000), 'a@b.co '.repeat(28_000), '1 '.repeat(100_000), 'calendly.com/'.repeat(15_000)]) {
      expectShortEvidence(check(rule, draft(text)));
    }
  });
});
