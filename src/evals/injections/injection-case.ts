/**
 * Prompt-injection cases written for bidwright (evals/injections/cases.json): text aimed at an AI in
 * one disguise each, expected to be surfaced, and look-alike posts legitimately about AI work,
 * expected to stay clean.
 */
import { z } from 'zod';
import { readJsonFile } from '../read-json-file.ts';

/** How the text aimed at an AI is hidden or phrased (`clean_ai_work` for the look-alikes). */
const Disguise = z.enum([
  'plain',
  'addressed',
  'indirect',
  'canary',
  'role_markup',
  'delimiter',
  'code_fence',
  'base64',
  'hex',
  'rot13',
  'confusables',
  'fullwidth',
  'math_alphanumeric',
  'zero_width',
  'tag_characters',
  'fake_client_block',
  'multilingual',
  'clean_ai_work',
]);

export const InjectionCase = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The language the text is written in (ISO 639-1). */
    language: z.string().regex(/^[a-z]{2}$/),
    disguise: Disguise,
    text: z.string().min(1),
    expected: z.enum(['surfaced', 'clean']),
  })
  .strict();
export type InjectionCase = z.infer<typeof InjectionCase>;

const InjectionCaseFile = z
  .object({ about: z.string(), cases: z.array(InjectionCase).min(1) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.cases.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['cases', index, 'id'], message: `the case "${entry.id}" appears twice` });
      seen.add(entry.id);
    });
  });

/** Reads and checks the cases file; a broken one is an INVALID_INPUT naming the file and the field. */
export async function loadInjectionCases(file: string): Promise<InjectionCase[]> {
  return (await readJsonFile(file, InjectionCaseFile, 'The injection cases file')).cases;
}
