import { describe, expect, it } from 'vitest';
import { findContacts, scanContacts } from '../../src/text/contact.ts';
import { regionOf } from '../../src/text/contact-phone.ts';

const kinds = (text: string) => findContacts(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('findContacts', () => {
  it.each([
    ['john at gmail dot com', 'john at gmail dot com'],
    ['recruit[at]brightlabs[dot]io', 'recruit[at]brightlabs[dot]io'],
    ['hr (at) quickstaff (dot) net', 'hr (at) quickstaff (dot) net'],
    ['rowan dot pike at gmail dot com', 'rowan dot pike at gmail dot com'],
    ['maria.lopez @ yahoo . com', 'maria.lopez @ yahoo . com'],
    ['j.o.h.n@outlook.com', 'j.o.h.n@outlook.com'],
    ['sam (at) protonmail (dot) com', 'sam (at) protonmail (dot) com'],
    ['jules.m [at] fastmail [dot] com', 'jules.m [at] fastmail [dot] com'],
    ['carla.bento at gmail', 'carla.bento at gmail'],
    ['rowan@mailbox.example', 'rowan@mailbox.example'],
  ])('reads the email written as %j', (text, found) => {
    expect(kinds(text)).toEqual([['an email address', found]]);
  });

  it.each(['(415) 555-2671', '+44 7911 123456', '212.736.5000', '+91 98765 43210', '4155552671', '+7 (912) 345-67-89'])(
    'recognises the phone number %j',
    (phone) => {
      expect(kinds(`Reach the desk: ${phone}.`)).toContainEqual(['a phone number', phone]);
    },
  );

  it('reads a national number in the region given, and in the US by default', () => {
    expect(kinds('The desk is 020 7183 8750.')).toEqual([]);
    expect(findContacts('The desk is 020 7183 8750.', { region: 'GB' })).toMatchObject([{ kind: 'a phone number' }]);
    expect(regionOf('United Kingdom')).toBe('GB');
    expect(regionOf('Atlantis')).toBeUndefined();
  });

  it('reads seven or more number words in a row as a phone number', () => {
    expect(kinds('Call five five five, two one three, four four seven eight.')).toEqual([
      ['a phone number', 'five five five, two one three, four four seven eight'],
    ]);
    expect(kinds('We cut seven steps to three, then ran two tests for one week.')).toEqual([]);
  });

  it('does not take ticket, order, invoice or dated reference numbers for phones', () => {
    for (const text of [
      'Ticket 2024-118-3392 shows the crash.',
      'Order #100234567 shows the tax twice.',
      'Invoice INV-2023-0042 is late.',
      'Ref: 415 555 2671 closed.',
    ]) {
      expect(kinds(text)).toEqual([]);
    }
  });

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
    ['tg: @devon_builds', 'a messenger handle'],
    ['my tag is pixelforge', 'a messenger handle'],
    ['My X handle is @jonah_writes', 'a messenger handle'],
    ['@k_adeyemi on Telegram', 'a messenger handle'],
    ['DM me on X', 'an off-platform route'],
    ['continue on Signal', 'an off-platform route'],
    ['hit me up on Facebook Messenger', 'an off-platform route'],
    ['send the invite to my Outlook', 'an off-platform route'],
    ['move this conversation to email', 'an off-platform route'],
  ])('names %j as %s', (text, kind) => {
    expect(kinds(text)).toEqual([[kind, text]]);
  });

  it('marks a request in words as a route, which a negation may cancel, and a detail as not', () => {
    expect(findContacts('Please continue the conversation on Telegram.')).toMatchObject([{ kind: 'an off-platform route', route: true }]);
    expect(findContacts('Telegram: @quickhire_team')).toMatchObject([{ route: false }]);
  });

  it('does not take a messenger named as the work, or the words "signal" and "x", for a route', () => {
    expect(findContacts('Build a Telegram bot and connect it to our WhatsApp Business API.')).toEqual([]);
    expect(findContacts('Connect the sensor to signal processing.')).toEqual([]);
    expect(findContacts('Send me the chart on x and y axes.')).toEqual([]);
    expect(findContacts('I write my email sequences in plain text and send the summary to your inbox.')).toEqual([]);
  });

  it('lists other links apart, and not a link that is part of a contact detail', () => {
    const scan = scanContacts('See rowan.dev/work or mail rowan@pike.dev, or t.me/rowan.');
    expect(scan.links.map((link) => scan.text.slice(link.start, link.end))).toEqual(['rowan.dev/work']);
    expect(scan.contacts.map((hit) => hit.kind)).toEqual(['an email address', 'a messenger link']);
  });

  it('still finds an address after more link-like words than linkifyjs is given', () => {
    const text = `${'ab.cd '.repeat(30_000)}mail sam@pike.dev or t.me/sam`;
    expect(findContacts(text).map((hit) => text.slice(hit.start, hit.end))).toContain('sam@pike.dev');
    expect(scanContacts('x.io/a y.io/b').links.map((link) => [link.start, link.end])).toEqual([
      [0, 6],
      [7, 13],
    ]);
  });

  it('matches the Unicode-folded text: fullwidth letters and zero-width spaces do not hide an address', () => {
    expect(findContacts('ｓａｍ＠ｇｍａｉｌ．ｃｏｍ')).toMatchObject([{ kind: 'an email address' }]);
    expect(findContacts('sam@gm\u200Bail.com')).toMatchObject([{ kind: 'an email address' }]);
  });

  // The time of each scan, at 200 KB and 1 MB, is measured in bench/hostile-inputs.ts.
  it('scans 200 KB of hostile text and reports only spans inside it', () => {
    const runs = ['@', 'a.', 'a@', '1', 'one two ', 'ab.cd '].map((unit) => unit.repeat(Math.ceil(200_000 / unit.length)));
    const inputs = [
      ...runs,
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
      for (const hit of findContacts(text)) {
        expect(hit.start).toBeLessThan(hit.end);
        expect(hit.end).toBeLessThanOrEqual(text.length);
      }
    }
  });
});
