import { describe, expect, it } from 'vitest';
import file from '../../src/text/contact-words.json' with { type: 'json' };
import { CONTACT_ROUTES } from '../../src/text/contact-routes.ts';
import { alternation, CONTACT_WORDS, ContactWords, mayNameApp, respectsCase } from '../../src/text/contact-words.ts';
import { realPosts } from '../helpers/real-posts.ts';

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

describe('mayNameApp', () => {
  const shapes = CONTACT_ROUTES.filter((shape) => shape.namesApp);
  /** True when a route pattern that needs a name finds one the scan would keep (the name in its case). */
  const kept = (text: string): boolean =>
    shapes.some((shape) => [...text.matchAll(shape.pattern)].some((match) => match.groups?.app !== undefined && respectsCase(match.groups.app)));
  const names = [...CONTACT_WORDS.messengers, ...CONTACT_WORDS.socials, ...CONTACT_WORDS.messengersCased, ...CONTACT_WORDS.socialsCased];
  const spellings = (name: string) => [name, name.toUpperCase(), name.toLowerCase(), name.replace(/\b\w/g, (c) => c.toUpperCase()), name.replace(/ /g, '  ')];
  const frames = [
    'message me on {}',
    'my {} is @sam_dev',
    '{}: @sam_dev',
    '{}123#1234',
    '@sam_dev on {}',
    'find me on {}',
    'join our {} group',
    'é{} handle is @sam',
    'DM me on {}.',
    'reach us via our {}, thanks',
  ];

  it('never rules out a text where a pattern that needs a name would keep a hit', () => {
    let found = 0;
    for (const name of names) {
      for (const spelling of spellings(name)) {
        for (const frame of frames) {
          const text = frame.replace('{}', spelling);
          if (!kept(text)) continue;
          found += 1;
          expect(mayNameApp(text), text).toBe(true);
        }
      }
    }
    // The frames do produce hits, so the check above checked something.
    expect(found).toBeGreaterThan(names.length * 5);
  });

  it('holds for the real posts and their own words', () => {
    for (const post of realPosts()) {
      const text = `${post.title}\n${post.description}`;
      if (kept(text)) expect(mayNameApp(text), post.title).toBe(true);
    }
  });

  it('rules out a draft that names no messenger or network, and one that names a cased one in lower case', () => {
    expect(mayNameApp('Your weekly numbers disagree because each source is exported by hand. First step: a short call.')).toBe(false);
    expect(mayNameApp('The signal is weak; x marks the spot.')).toBe(false);
    expect(mayNameApp('Send it on Signal.')).toBe(true);
    expect(mayNameApp('google it, then chat')).toBe(true);
  });
});
