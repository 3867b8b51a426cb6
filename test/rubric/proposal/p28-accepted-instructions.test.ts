import { describe, expect, it } from 'vitest';
import type { Instruction } from '../../../src/domain/schemas.ts';
import { p28AcceptedInstructions as rule } from '../../../src/rubric/proposal/p28-accepted-instructions.ts';
import { check, draft, expectShortEvidence, makeContext, makePost } from '../fixtures.ts';

const START: Instruction = { kind: 'start_with', text: 'Start your proposal with the word "lantern".', value: 'lantern', purpose: 'read_check' };
const SECRET: Instruction = { kind: 'secret_word', text: 'Include the code word teal-fox so I know you read this.', value: 'teal-fox', purpose: 'read_check' };
const TITLE: Instruction = { kind: 'secret_word', text: 'Put "Edge Function" in the title of your proposal.', value: 'Edge Function', purpose: 'read_check' };
const TOP: Instruction = { kind: 'secret_word', text: "Write 'blue' at the top so I know you read this.", value: 'blue', purpose: 'read_check' };
const DERIVED: Instruction = {
  kind: 'secret_word',
  text: "Mention the 6th and 7th words of this post in your proposal's subject line.",
  value: null,
  purpose: 'read_check',
};
const FORMAT: Instruction = { kind: 'format', text: 'Keep your reply under 150 words.', value: 'under 150 words', purpose: 'read_check' };
const PERSONAL: Instruction = {
  kind: 'mention',
  text: 'Mention your favourite movie so I know you read the post.',
  value: 'your favourite movie',
  purpose: 'read_check',
};

function accepting(...accepted: Instruction[]) {
  return makeContext({ post: makePost({ instructions: [START, SECRET, TITLE, TOP, DERIVED, FORMAT, PERSONAL] }), accepted });
}

describe('P28 accepted client instructions followed', () => {
  it('passes a draft that follows every accepted instruction', () => {
    const text = 'Subject: Edge Function\nlantern\nYour checkout is slow on phones. The code word you asked for: teal-fox.';
    expect(check(rule, draft(text), accepting(START, SECRET, TITLE))).toEqual([]);
  });

  it('errs when the required start is not the very start of the letter', () => {
    const hits = check(rule, draft('Your checkout is slow. lantern is the word.'), accepting(START));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ evidence: START.text });
    expect(hits[0]?.severity).toBeUndefined();
    expect(hits[0]?.message).toContain('"lantern" as the very first words');
  });

  it('accepts the required start after a greeting, as a client reading the preview would', () => {
    expect(check(rule, draft('Hi there,\nLantern: your checkout is slow.'), accepting(START))).toEqual([]);
  });

  it('errs when a secret word is missing, and finds it in a screening answer too', () => {
    expect(check(rule, draft('Your checkout is slow.'), accepting(SECRET))[0]?.message).toContain('"teal-fox" in the letter');
    const answered = draft('Your checkout is slow.', { screeningAnswers: [{ question: 'Q', answer: 'teal-fox' }] });
    expect(check(rule, answered, accepting(SECRET))).toEqual([]);
  });

  it('errs when a subject-line request is met only in the body, not on the first line', () => {
    const hits = check(rule, draft('Your checkout is slow.\nYour Edge Function needs a retry.'), accepting(TITLE));
    expect(hits[0]?.message).toContain('first line such as "Subject: ..."');
    expect(check(rule, draft('Edge Function: a receipt email after checkout\nYour checkout...'), accepting(TITLE))).toEqual([]);
  });

  it('does not take a whole opening paragraph for a title, unless it says it is one', () => {
    const opening = 'Your Edge Function should send the receipt only after Stripe confirms the payment, because a retry would otherwise email the buyer twice.';
    expect(check(rule, draft(`${opening}\nMore.`), accepting(TITLE))).toHaveLength(1);
    expect(check(rule, draft(`Title: ${opening}\nMore.`), accepting(TITLE))).toEqual([]);
  });

  it('reads "at the top" as a required start', () => {
    expect(check(rule, draft('Your checkout is blue.'), accepting(TOP))).toHaveLength(1);
    expect(check(rule, draft('Blue. Your checkout is slow.'), accepting(TOP))).toEqual([]);
  });

  it('warns, naming the instruction, when an accepted one cannot be checked', () => {
    const hits = check(rule, draft('Anything at all.'), accepting(DERIVED, FORMAT, PERSONAL));
    expect(hits.map((hit) => [hit.severity, hit.evidence])).toEqual([
      ['warn', DERIVED.text],
      ['warn', FORMAT.text],
      ['warn', PERSONAL.text],
    ]);
  });

  it('finds nothing when no instruction was accepted, whatever the draft does', () => {
    expect(check(rule, draft('Your checkout is slow.'), accepting())).toEqual([]);
    expect(check(rule, draft('Your checkout is slow.'))).toEqual([]);
  });
});

describe('P28 on hostile text', () => {
  it('checks a 200 KB draft, quoting short evidence', () => {
    const hostile = `Subject: ${'Edge '.repeat(20_000)}\n${'lantern teal '.repeat(10_000)}`;
    expect(hostile.length).toBeGreaterThan(200_000);
    expectShortEvidence(check(rule, draft(hostile), accepting(START, SECRET, TITLE, TOP)));
  });
});
