/**
 * The schemas the OpenAPI document names under components.schemas (each a $ref where it is used).
 * They are the core's own schemas and this edge's, only given a name here: nothing is redefined.
 */
import '@hono/zod-openapi';
import { z } from 'zod';
import { AuditRequest as AuditRequestSchema } from '../app/audit-tasks.ts';
import { CaseStudyRequest as CaseStudyRequestSchema } from '../app/build-case-study.ts';
import { LintRequest as LintRequestSchema } from '../app/lint.ts';
import { DraftEdit as DraftEditSchema } from '../app/edit-draft.ts';
import { DraftExport as DraftExportSchema } from '../app/export-drafts.ts';
import { DraftPage as DraftPageSchema } from '../app/list-drafts.ts';
import { DraftDetail as DraftDetailSchema } from '../app/show-draft.ts';
import { StoredDraft as StoredDraftSchema } from '../domain/draft-record.ts';
import { ProposeRequest as ProposeRequestSchema } from '../app/propose.ts';
import { ShortlistRequest as ShortlistRequestSchema } from '../app/shortlist.ts';
import { Shortlist as ShortlistSchema } from '../domain/shortlist.ts';
import { OfferRequest as OfferRequestSchema } from '../app/rewrite-offer.ts';
import { PositioningRequest as PositioningRequestSchema } from '../app/suggest-positioning.ts';
import { LIMITS } from '../domain/limits.ts';
import { PositioningSuggestion as PositioningSuggestionSchema } from '../domain/positioning.ts';
import * as domain from '../domain/schemas.ts';
import * as edge from './schemas.ts';

// The audit's bounds apply after a pasted list is split into tasks, so the schema cannot carry them.
const auditBounds =
  `Give 1 to ${LIMITS.tasks} tasks, each up to ${LIMITS.taskChars} characters: as a list, or as text with one task a line ` +
  '(bullets, numbering, blank lines and repeats are dropped before counting). More or none is a 400.';

/**
 * `schema` under `name`. The copy matters: zod 4 gives a schema its methods when it is built, so one
 * built before @hono/zod-openapi loaded (the domain's, in any order of imports) has no `.openapi()`.
 */
export function named<S extends z.ZodType>(schema: S, name: string, description?: string): S {
  return schema.clone().openapi(name, description === undefined ? undefined : { description });
}

export const Schemas = {
  TriageRequest: named(edge.TriageRequest, 'TriageRequest'),
  ProposeRequest: named(ProposeRequestSchema, 'ProposeRequest'),
  OfferRequest: named(OfferRequestSchema, 'OfferRequest'),
  AuditRequest: named(AuditRequestSchema, 'AuditRequest', auditBounds),
  LintRequest: named(LintRequestSchema, 'LintRequest'),
  CaseStudyRequest: named(CaseStudyRequestSchema, 'CaseStudyRequest'),
  ProofItem: named(domain.ProofItem, 'ProofItem'),
  NewProofItem: named(edge.NewProofItem, 'NewProofItem', 'A proof item to add; without an id, one is made from the title (unique in the library).'),
  ProofReplacement: named(edge.ProofReplacement, 'ProofReplacement', 'A proof item whose id comes from the path; an id in the body must equal it.'),
  ProofImport: named(domain.ProofImport, 'ProofImport'),
  ProofList: named(z.array(domain.ProofItem), 'ProofList'),
  ImportResult: named(edge.ImportResult, 'ImportResult'),
  ProfilePatch: named(domain.ProfilePatch, 'ProfilePatch', 'Any subset of the profile; fields left out keep their stored values.'),
  Profile: named(domain.Profile, 'Profile'),
  Triage: named(domain.Triage, 'Triage'),
  Proposal: named(domain.Proposal, 'Proposal'),
  Offer: named(domain.Offer, 'Offer'),
  TaskAudit: named(domain.TaskAudit, 'TaskAudit'),
  LintReport: named(domain.LintReport, 'LintReport'),
  CaseStudy: named(domain.CaseStudy, 'CaseStudy'),
  PositioningRequest: named(
    PositioningRequestSchema,
    'PositioningRequest',
    'The tasks you sell (a list, or one a line); leave it out to use the profile skills.',
  ),
  PositioningSuggestion: named(PositioningSuggestionSchema, 'PositioningSuggestion'),
  Health: named(edge.Health, 'Health'),
  OpenApiDocument: named(edge.OpenApiDocument, 'OpenApiDocument'),
  Problem: named(edge.ProblemDetails, 'Problem'),
  ShortlistRequest: named(ShortlistRequestSchema, 'ShortlistRequest'),
  Shortlist: named(ShortlistSchema, 'Shortlist'),
  StoredDraft: named(StoredDraftSchema, 'StoredDraft', 'A kept draft; records older versions wrote read with these defaults.'),
  DraftPage: named(DraftPageSchema, 'DraftPage'),
  DraftDetail: named(DraftDetailSchema, 'DraftDetail'),
  DraftEdit: named(DraftEditSchema, 'DraftEdit'),
  DraftExport: named(DraftExportSchema, 'DraftExport'),
};
