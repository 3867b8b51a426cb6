import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CaseStudyRequest } from '../../src/app/build-case-study.ts';
import { ProposeRequest } from '../../src/app/propose.ts';
import { fieldName, plainIssue } from '../../src/domain/plain-issue.ts';
import { ProfilePatch, ProofImport, ProofItem } from '../../src/domain/schemas.ts';
import { describeIssues, invalidInput } from '../../src/domain/validate.ts';

/** The message a person gets for the issues. */
const plainText = (error: z.ZodError, whole = 'The input') => invalidInput(whole, error).message;

function issuesOf(schema: z.ZodType, value: unknown): z.ZodError {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to fail');
  return result.error;
}

const ZOD_WORDS = /Too small|Too big|Invalid input|Invalid option|\(root\)|expected string|>=/;

describe('validation issues in plain words', () => {
  it('names an empty field in words and says how to fill it', () => {
    expect(plainText(issuesOf(z.object({ jobPost: z.string().min(1) }), { jobPost: '' }))).toBe('Post text is empty: paste the job post.');
  });

  it('says a missing field is missing, and a wrong choice lists the choices', () => {
    const text = plainText(issuesOf(ProofItem, { kind: 'blog', title: 'x' }));
    expect(text).toContain("Id is missing: give a short id of letters, digits, '.', '_' or '-'");
    expect(text).toContain('Kind must be "case_study", "testimonial", "portfolio" or "credential".');
    expect(text).not.toMatch(ZOD_WORDS);
  });

  it('names list entries counted from 1, by what one entry is called', () => {
    expect(fieldName(['metrics', 1, 'value'])).toBe('Metric 2, value');
    expect(fieldName([3, 'id'])).toBe('Item 4, id');
    expect(fieldName([])).toBeNull();
    const text = plainText(
      issuesOf(ProofImport, [
        { id: 'a', kind: 'case_study', title: 't' },
        { id: 'a', kind: 'case_study', title: 't' },
      ]),
    );
    expect(text).toBe('Item 2, id: the id "a" is also used by item 1; ids must be unique.');
  });

  it('names the whole input, not "(root)", when the input itself is wrong', () => {
    expect(plainText(issuesOf(ProposeRequest, 'a post'), 'The proposal request')).toBe('The proposal request must be an object with named fields.');
  });

  it('says which field name is unknown, so a typo can be fixed', () => {
    const error = invalidInput('The profile', issuesOf(ProfilePatch, { rateFlor: 50 }));
    expect(error.message).toBe('The profile has "rateFlor", which bidwright does not know: check the spelling or leave it out.');
  });

  it("keeps a schema's own sentence, and puts the field's name before its own words", () => {
    expect(plainText(issuesOf(CaseStudyRequest, { notes: ' ' }))).toBe('The notes are empty: describe the client, the problem, what you did and the result.');
    expect(plainText(issuesOf(ProofItem, { id: 'has space', kind: 'case_study', title: 't' }))).toMatch(/^Id: use letters, digits/);
    expect(plainText(issuesOf(ProposeRequest, { jobPost: 'x', variant: -1 }))).toBe('Variant must be a whole number from 0 (the first draft) to 9999.');
  });

  it('gives every issue of an invalid input a plain message, for forms and API clients', () => {
    const error = invalidInput('The proof item', issuesOf(ProofItem, { id: '', kind: 'x', title: '', metrics: [{ label: '', value: '1' }], public: 'yes' }));
    const details = error.details as Array<{ message: string }>;
    expect(details.length).toBeGreaterThan(3);
    for (const issue of details) expect(issue.message).not.toMatch(ZOD_WORDS);
    expect(error.message).toMatch(/ And \d+ more\.$/);
  });

  it('names each field of a file by its JSON path, so it can be found', () => {
    const error = issuesOf(z.object({ proof: z.array(ProofItem), createdAt: z.iso.datetime() }), {
      proof: [{ id: 'a', kind: 'blog', title: 't' }],
      createdAt: 'noon',
    });
    expect(describeIssues(error)).toBe(
      'proof.0.kind must be "case_study", "testimonial", "portfolio" or "credential"; createdAt must be a date and time such as 2026-01-31T09:00:00Z',
    );
  });

  it('leaves an over-the-limit message as the limit wrote it', () => {
    const message = 'The draft is 5 characters; the most bidwright checks is 4. Shorten it.';
    expect(plainIssue({ code: 'custom', path: ['text'], message })).toBe(message);
  });
});
