import { describe, expect, it } from 'vitest';
import { toPartialDraft } from '../../../src/engines/openai/partial-draft.ts';

describe('toPartialDraft', () => {
  it('keeps the text and the citations streamed so far', () => {
    expect(toPartialDraft({ text: 'Your Monday', citations: ['deli', undefined, ''] })).toEqual({ text: 'Your Monday', citations: ['deli'] });
  });

  it('holds back a screening answer until both its fields have begun', () => {
    const partial = { screeningAnswers: [{ question: 'How?', answer: 'By' }, { question: 'When?' }] };
    expect(toPartialDraft(partial)).toEqual({ screeningAnswers: [{ question: 'How?', answer: 'By' }] });
  });

  it('skips an empty or malformed partial', () => {
    expect(toPartialDraft({})).toBeNull();
    expect(toPartialDraft(null)).toBeNull();
    expect(toPartialDraft({ text: 5 })).toBeNull();
  });
});
