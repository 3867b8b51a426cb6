/** Small labelled drafts for the judge tests, written for them. */
import { fileURLToPath } from 'node:url';
import { Profile, ProofItem } from '../../../src/domain/schemas.ts';
import type { LabelledDraft } from '../../../src/evals/calibration/calibration-set.ts';
import { parseJobPost } from '../../../src/parse/parse-job-post.ts';
import { createPromptLibrary } from '../../../src/prompts/create-prompt-library.ts';

export const prompts = createPromptLibrary({ dir: fileURLToPath(new URL('../../../prompts', import.meta.url)) });

const profile = Profile.parse({ name: 'Tova Lind', skills: ['Python', 'Airtable'] });
const post = parseJobPost(
  'Airtable base keeps timing out for our bakery orders\n\nHourly: $30.00 - $55.00\n\nOur order base has 40,000 rows and the morning view takes a minute to load. We need it fast again before the holiday rush.\n\nSkills: Airtable, Python',
);
const PROOF = [
  ProofItem.parse({
    id: 'florist-archive',
    kind: 'case_study',
    title: 'Archived old florist orders out of a slow Airtable base',
    result: 'Views loaded in seconds again',
    skills: ['Airtable'],
  }),
  ProofItem.parse({ id: 'gym-logo', kind: 'portfolio', title: 'Logo for a climbing gym', skills: ['Illustrator'] }),
];

/** A draft on the bakery post citing `citations`, labelled with `breaks`. */
export function draft(id: string, text: string, breaks: string[], citations: string[] = ['florist-archive']): LabelledDraft {
  return { id, subject: { text, citations, screeningAnswers: [] }, post, proof: PROOF, profile, earlierDrafts: [], accepted: [], breaks };
}

/** The judge's reply for every judged rule, breaking those in `breaking`. */
export function reply(breaking: string[], order: string[] = ['P01', 'P03', 'P07', 'P08']) {
  return { verdicts: order.map((ruleId) => ({ ruleId, breaks: breaking.includes(ruleId), reason: `  checked ${ruleId}  ` })) };
}
