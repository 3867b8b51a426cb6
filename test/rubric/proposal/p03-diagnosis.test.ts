import { describe, expect, it } from 'vitest';
import { p03Diagnosis as rule } from '../../../src/rubric/proposal/p03-diagnosis.ts';
import { check, draft, makeContext } from '../fixtures.ts';

describe('P03 diagnosis present', () => {
  it('passes when the first paragraph names a likely cause in the post\u2019s terms', () => {
    expect(check(rule, draft('Hi there,\n\nYour checkout is likely slow because an app loads scripts on every cart view.\n\nMore later.'))).toEqual([]);
  });

  it('warns when the opening only describes the applicant', () => {
    const hits = check(rule, draft('I have built many stores and I enjoy the work.\n\nThe real issue is probably your checkout apps.'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('no sentence names a cause');
  });

  it('warns when the cue is there but nothing ties it to the post', () => {
    const hits = check(rule, draft('The real issue is usually motivation, because teams get tired.'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('do not use any term from the post');
  });

  it('without a post, passes only when a diagnosis cue is present', () => {
    const noPost = makeContext({ post: null });
    expect(check(rule, draft('The bottleneck is the export step.'), noPost)).toEqual([]);
    expect(check(rule, draft('I am available for this work.'), noPost)).toHaveLength(1);
  });

  it('skips a greeting whose name is a template slot and reads the paragraph after it', () => {
    const text = 'Hi [Client Name],\n\nYour checkout is likely slow because an app loads scripts on every cart view.';
    expect(check(rule, draft(text))).toEqual([]);
  });

  it('still warns when the paragraph after a slotted greeting has no diagnosis', () => {
    const hits = check(rule, draft('Dear {{name}},\n\nI have built many stores and I enjoy the work.'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toContain('I have built many stores');
  });
});
