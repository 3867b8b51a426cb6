/**
 * Contact and payment cases: a job post or a draft, and whether it must raise off-platform
 * contact, off-platform payment, or nothing (a clean look-alike: a Telegram bot to build, Stripe
 * work, "we pay through Upwork milestones"). Posts are read by the red flags, drafts by P14/P15.
 */
import { z } from 'zod';
import { readJsonFile } from '../read-json-file.ts';

/** What a text routes off the platform. */
export const ContactRoute = z.enum(['contact', 'payment']);
export type ContactRoute = z.infer<typeof ContactRoute>;

export const ContactCase = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    where: z.enum(['post', 'draft']),
    text: z.string().min(1),
    /** Empty for a clean case. */
    expect: z.array(ContactRoute),
    /** The profile's allowed links, for a draft that cites the freelancer's own portfolio. */
    allowedLinks: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type ContactCase = z.infer<typeof ContactCase>;

export const ContactCaseFile = z
  .object({ about: z.string(), cases: z.array(ContactCase).min(1) })
  .strict()
  .refine((file) => new Set(file.cases.map((c) => c.id)).size === file.cases.length, 'every case id is unique');
export type ContactCaseFile = z.infer<typeof ContactCaseFile>;

/** Reads and checks a cases file; a broken one is an INVALID_INPUT naming the file and the field. */
export function loadContactCases(file: string): Promise<ContactCaseFile> {
  return readJsonFile(file, ContactCaseFile, 'The contact cases file');
}
