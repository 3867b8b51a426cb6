import { describe, expect, it } from 'vitest';
import { isNegated } from '../../src/parse/negation.ts';

const negated = (sentence: string, phrase: string) => {
  const at = sentence.indexOf(phrase);
  return isNegated(sentence, at, at + phrase.length);
};

describe('isNegated', () => {
  it.each([
    ['No WhatsApp please.', 'WhatsApp'],
    ['Please do not contact me on Telegram or WhatsApp.', 'WhatsApp'],
    ['We never ask for a registration fee.', 'registration fee'],
    ['Skype is not allowed here.', 'Skype'],
  ])('sees the negation in %j', (sentence, phrase) => {
    expect(negated(sentence, phrase)).toBe(true);
  });

  it.each([
    ["I don't check Upwork often, so text me on WhatsApp.", 'text me on WhatsApp'],
    ['Message me on WhatsApp for details.', 'Message me on WhatsApp'],
    ['No calls; add me on Skype.', 'add me on Skype'],
  ])('sees no negation in the clause of %j', (sentence, phrase) => {
    expect(negated(sentence, phrase)).toBe(false);
  });
});
