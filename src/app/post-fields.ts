/** What a kept draft records about the post it answers, the same for generated, linted and edited drafts. */
import type { NewDraft } from '../domain/draft-record.ts';
import { postKey } from '../domain/post-key.ts';
import type { Instruction, ParsedJobPost } from '../domain/schemas.ts';

type PostFields = Pick<NewDraft, 'postTitle' | 'postKey' | 'deliverable' | 'jobPost' | 'acceptedInstructions'>;

/** The post's title, key, deliverable and text, and the accepted instructions by number, for a kept draft. */
export function postFields(post: ParsedJobPost | null, accepted: readonly Instruction[]): PostFields {
  if (post === null) return { postTitle: null, postKey: null, deliverable: null, jobPost: null, acceptedInstructions: [] };
  return {
    postTitle: post.facts.title,
    postKey: postKey(post.text),
    deliverable: post.deliverable.summary ?? post.deliverable.domainLabel,
    jobPost: post.text,
    // By number: the kept post text parses to the same list, so a later check resolves the same ones.
    acceptedInstructions: accepted.map((instruction) => post.instructions.indexOf(instruction) + 1),
  };
}
