/**
 * Request and response shapes that exist only at the HTTP edge; the core's own schemas are reused
 * for everything else, so validation and the OpenAPI document never drift apart.
 */
import { z } from 'zod';
import { Id, JobPostInput, ProofItem } from '../domain/schemas.ts';

/** POST /api/triage: the core takes the post itself, so the envelope is checked here. */
export const TriageRequest = z.object({
  // The same union as the core's, with a message that says what a job post may be.
  jobPost: z.union(JobPostInput.options, {
    error: 'give the job post as text, or as an object with a "text" field holding the post',
  }),
});
export type TriageRequest = z.infer<typeof TriageRequest>;

/** POST /api/proof: a proof item whose id may be left out, to be made from its title. */
export const NewProofItem = ProofItem.partial({ id: true });
export type NewProofItem = z.infer<typeof NewProofItem>;

/** PUT /api/proof/{id}: the path names the item, so the body may leave the id out. */
export const ProofReplacement = ProofItem.partial({ id: true });
export type ProofReplacement = z.infer<typeof ProofReplacement>;

/** The `{id}` in /api/proof/{id}. */
export const ProofIdParam = z.object({ id: Id });
export type ProofIdParam = z.infer<typeof ProofIdParam>;

/** PUT /api/proof: how many items were added and how many replaced. */
export const ImportResult = z.object({
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** PUT /api/proof?replace=true: make the library exactly the body's items (the old file is backed up first). */
export const ImportQuery = z.object({
  replace: z.enum(['true', 'false'], { message: 'replace is true or false' }).optional(),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

/** DELETE /api/proof?all=true: removing every item is said in so many words, never by accident. */
export const ClearQuery = z.object({
  all: z.literal('true', { message: 'add ?all=true to remove every proof item (the old file is backed up first)' }),
});
export type ClearQuery = z.infer<typeof ClearQuery>;

/** DELETE /api/proof: how many items were removed. */
export const ClearResult = z.object({ removed: z.number().int().nonnegative() });
export type ClearResult = z.infer<typeof ClearResult>;

/** GET /healthz. */
export const Health = z.object({
  status: z.literal('ok'),
  /** Only for an allowlisted host, and with a token set only for a caller who has it. */
  engine: z.string().optional(),
  model: z.string().nullable().optional(),
});
export type Health = z.infer<typeof Health>;

/** GET /api/openapi.json: only the envelope is described; the rest is this very document. */
export const OpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;

/** RFC 9457 problem details as this server sends them. */
export const ProblemDetails = z.object({
  type: z.string().describe('A URI naming the kind of problem, e.g. urn:bidwright:problem:invalid-input'),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string().describe('What is wrong and how to fix it'),
  advice: z.string().optional().describe('What to do next over this API, when there is more to say than the detail'),
  instance: z.string().describe('The request path'),
  requestId: z.string().describe('Also sent as the X-Request-Id header; quote it when reporting a problem'),
  errors: z
    .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string() }).loose())
    .optional()
    .describe('The validation issues, when the body failed validation'),
});
export type ProblemDetails = z.infer<typeof ProblemDetails>;
