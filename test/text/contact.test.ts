import { describe, expect, it } from 'vitest';
import { findContacts } from '../../src/text/contact.ts';

const kinds = (text: string) => findContacts(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('findContacts', () => {
  it.each([
    ['john at gmail dot com', 'john at gmail dot com'],
    ['recruit[at]brightlabs[dot]io', 'recruit[at]brightlabs[dot]io'],
    ['hr (at) quickstaff (dot) net', 'hr (at) quickstaff (dot) net'],
    ['rowan dot pike at gmail dot com', 'rowan dot pike at gmail dot com'],
    ['maria.lopez @ yahoo . com', 'maria.lopez @ yahoo . com'],
    ['j.o.h.n@outlook.com', 'j.o.h.n@outlook.com'],
  ])('reads the email written as %j', (text, found) => {
    expect(kinds(text)).toEqual([['an email address', found]]);
  });

  it.each(['(415) 555-2671', '+44 7911 123456', '212.736.5000', '+91 98765 43210', '4155552671', '+7 (912) 345-67-89'])(
    'recognises the phone number %j',
    (phone) => {
      expect(kinds(`Reach the desk: ${phone}.`)).toContainEqual(['a phone number', phone]);
    },
  );

  it('takes a national number only when the text calls it a phone', () => {
    expect(kinds('Ring me on 07911 123456 today.')).toEqual([['a phone number', '07911 123456']]);
    expect(kinds('Ticket 07911 123456 is closed.')).toEqual([]);
  });

  it('after a wall of digit runs, still takes a number the text calls a phone', () => {
    const text = `${'Ref 1234567890. '.repeat(300)}Call me on 07911 123456.`;
    expect(kinds(text).at(-1)).toEqual(['a phone number', '07911 123456']);
  });

  it('leaves figures, dates, order numbers and ranges alone', () => {
    expect(kinds('Budget $1,200-2,000. We sold 4,155,552 units in 2019-2023; order #12345678.')).toEqual([]);
  });

  it.each([
    ['wa.me/14155552671', 'a messenger link'],
    ['t.me/fastgigs_hr', 'a messenger link'],
    ['discord.gg/ab12cd', 'a messenger link'],
    ['calendly.com/sarah-hr/15min', 'a calendar link'],
    ['https://cal.com/acme/intro', 'a calendar link'],
    ['linkedin.com/in/jane-recruiter', 'a social profile'],
    ['Telegram: @quickhire_team', 'a messenger handle'],
    ['Skype ID: live:.cid.3f2a9b', 'a messenger handle'],
    ['Discord: rowan#1234', 'a messenger handle'],
  ])('names %j as %s', (text, kind) => {
    expect(kinds(text)).toEqual([[kind, text]]);
  });

  it('marks a request in words as a route, which a negation may cancel, and a detail as not', () => {
    expect(findContacts('Please continue the conversation on Telegram.')).toMatchObject([{ kind: 'an off-platform route', route: true }]);
    expect(findContacts('Telegram: @quickhire_team')).toMatchObject([{ route: false }]);
  });

  it('does not take a messenger named as the work, or the word "signal", for a route', () => {
    expect(findContacts('Build a Telegram bot and connect it to our WhatsApp Business API.')).toEqual([]);
    expect(findContacts('Connect the sensor to signal processing.')).toEqual([]);
  });

  it('scans 200 KB of hostile text in linear time', () => {
    const inputs = [
      '1 '.repeat(100_000),
      '11 '.repeat(66_000),
      '(415) 555-2671 '.repeat(13_000),
      '+1 ('.repeat(50_000),
      'a at b dot '.repeat(18_000),
      `${'a'.repeat(200_000)}@`,
      'message me on '.repeat(14_000),
      'x#1234 '.repeat(28_000),
      'telegram: '.repeat(20_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      findContacts(text);
      expect(performance.now() - started).toBeLessThan(3_000);
    }
  });
});
