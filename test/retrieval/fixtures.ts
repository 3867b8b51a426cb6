/** Proof items and parsed posts for the retrieval tests: only the fields ranking reads are set. */
import type { Instruction, ParsedJobPost, ProofItem } from '../../src/domain/schemas.ts';
import { findDeliverable } from '../../src/parse/deliverable.ts';
import { makeFacts } from '../helpers/facts.ts';

/** A proof item with empty fields, overridden where a test says. */
export function item(id: string, fields: Partial<ProofItem> = {}): ProofItem {
  return {
    id,
    kind: 'case_study',
    title: 'Untitled piece',
    clientType: '',
    problem: '',
    approach: '',
    result: '',
    metrics: [],
    skills: [],
    link: null,
    public: false,
    ...fields,
  };
}

/** A parsed post with the given title, description, listed skills and client instructions. */
export function post(title: string | null, description: string, skills: string[] = [], instructions: Instruction[] = []): ParsedJobPost {
  const facts = makeFacts({ title, description, skills });
  return {
    text: `${title ?? ''}\n${description}`,
    facts,
    deliverable: findDeliverable(facts),
    screeningQuestions: [],
    instructions,
    redFlags: [],
  };
}
