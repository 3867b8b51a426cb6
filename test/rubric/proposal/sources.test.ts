import { describe, expect, it } from 'vitest';
import { openingParagraph, postFullText, postStems, profileText, proofText, stripGreeting } from '../../../src/rubric/proposal/sources.ts';
import { stem } from '../../../src/text/terms.ts';
import { makePost, makeProfile, makeProof } from '../fixtures.ts';

describe('greetings and the opening paragraph', () => {
  it.each([
    ['Hi,\nYour cart', 'Your cart'],
    ['Hello Sam, your cart', 'your cart'],
    ['Dear Ms. Lee Ann,\n\nYour cart', 'Your cart'],
    ['Hi there! Your cart', 'Your cart'],
    ['Your cart', 'Your cart'],
  ])('strips the greeting from %j', (text, rest) => {
    expect(stripGreeting(text)).toBe(rest);
  });

  it('does not swallow a sentence that starts with a greeting word', () => {
    expect(stripGreeting('Hi I am Joe and I build stores. More.')).toBe('Hi I am Joe and I build stores. More.');
  });

  it('skips a paragraph that is only a greeting', () => {
    expect(openingParagraph('Hi Sam,\n\nFirst real paragraph.\n\nSecond.')).toBe('First real paragraph.');
  });
});

describe('source texts', () => {
  it('joins the post title, description and skills for its terms', () => {
    const stems = postStems(makePost({ title: 'Klaviyo flows', description: 'Cleanup', skills: ['Zapier'] }));
    expect([...stems].sort()).toEqual(['cleanup', 'flow', 'klaviyo', stem('zapier')].sort());
  });

  it('includes parsed budget figures in the full post text', () => {
    expect(postFullText(makePost({ text: 'no figures here', budget: { min: 750, max: 900 } }))).toContain('900');
  });

  it('includes every proof field and the profile rates', () => {
    const text = proofText(makeProof({ metrics: [{ label: 'orders', value: '+31%' }] }));
    expect(text).toContain('+31%');
    expect(text).toContain('Lighthouse');
    expect(profileText(makeProfile({ rateFloor: 61 }))).toContain('61');
  });

  it('strips a greeting whose name is a left-in template slot', () => {
    expect(stripGreeting('Hi [Client Name],\nYour carts stall.')).toBe('Your carts stall.');
    expect(openingParagraph('Hello <first name>!\n\nYour carts stall.')).toBe('Your carts stall.');
  });

  it('does not treat a bracketed aside in a first sentence as a greeting name', () => {
    expect(stripGreeting('Hi [Client Name] team, the cart stalls on phones.')).toBe('Hi [Client Name] team, the cart stalls on phones.');
  });
});
