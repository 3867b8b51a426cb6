import { describe, expect, it } from 'vitest';
import file from '../../src/text/contact-words.json' with { type: 'json' };
import { alternation, CONTACT_WORDS, ContactWords, respectsCase } from '../../src/text/contact-words.ts';

describe('contact words', () => {
  it('loads the committed lists and rejects a list with pattern characters or a missing field', () => {
    expect(CONTACT_WORDS.paymentRails).toContain('payoneer');
    expect(ContactWords.safeParse({ ...file, tlds: ['com|.*'] }).success).toBe(false);
    const { socials: _dropped, ...missing } = file;
    expect(ContactWords.safeParse(missing).success).toBe(false);
  });

  it('builds an alternation that prefers the longer name and lets a space match a short run of spaces', () => {
    const pattern = new RegExp(`^${alternation(['facebook', 'facebook messenger'])}`, 'i');
    expect(pattern.exec('Facebook  Messenger')?.[0]).toBe('Facebook  Messenger');
  });

  it('holds a cased word to its case and lets others through', () => {
    expect(respectsCase('Signal')).toBe(true);
    expect(respectsCase('signal')).toBe(false);
    expect(respectsCase('x')).toBe(false);
    expect(respectsCase('telegram')).toBe(true);
  });
});
